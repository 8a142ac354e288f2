import type { PuslingStore } from '../app/pusling/pusling-ports.js';
import type { Child, Measurement } from '../app/children/child-records.js';
import type { Contact } from '../app/contacts/contact-records.js';
import type { PuslingRequestRecord } from '../app/pusling/pusling-records.js';
import { byName } from './children-repository.js';
import { isDuplicateKey } from './connect.js';
import type { PuslingRequestDoc } from './models/pusling-request.js';
import type { Models } from './store.js';

function toDoc(record: PuslingRequestRecord): PuslingRequestDoc {
  const { area, state } = record.request;
  return { ...record, puskesmasId: area.puskesmasId, kelurahanId: area.kelurahanId, posyanduId: area.posyanduId ?? null, rw: area.rw, state };
}

function toRecord(doc: PuslingRequestDoc): PuslingRequestRecord {
  return { _id: doc._id, request: doc.request, endTime: doc.endTime, source: doc.source, revision: doc.revision, updatedAt: doc.updatedAt };
}

const NEWEST_FIRST = { updatedAt: -1, _id: 1 } as const;

/**
 * Pusling requests, and the families, children and measurements of an RW they concern. Access
 * rules live in the app layer; this only stores and finds.
 *
 * @example
 * const repo = new PuslingRepository(models); await repo.ofPuskesmas('pkm-bekasi-jaya');
 */
export class PuslingRepository implements PuslingStore {
  constructor(private readonly models: Models) {}

  async insert(record: PuslingRequestRecord): Promise<boolean> {
    try {
      await this.models.puslingRequests.create(toDoc(record));
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async get(id: string): Promise<PuslingRequestRecord | null> {
    const doc = await this.models.puslingRequests.findById(id).lean<PuslingRequestDoc>();
    return doc ? toRecord(doc) : null;
  }

  async replace(record: PuslingRequestRecord): Promise<boolean> {
    const result = await this.models.puslingRequests.replaceOne({ _id: record._id, revision: record.revision - 1 }, toDoc(record));
    return result.matchedCount === 1;
  }

  async ofPuskesmas(puskesmasId: string): Promise<PuslingRequestRecord[]> {
    return this.find({ puskesmasId });
  }

  async ofKelurahan(kelurahanIds: readonly string[]): Promise<PuslingRequestRecord[]> {
    return this.find({ kelurahanId: { $in: [...kelurahanIds] } });
  }

  async ofPosyandu(posyanduIds: readonly string[]): Promise<PuslingRequestRecord[]> {
    return this.find({ posyanduId: { $in: [...posyanduIds] } });
  }

  familiesOfRw(kelurahanId: string, rw: string): Promise<Contact[]> {
    return this.models.contacts.find({ role: 'parent', kelurahanId, rw, optedOut: false, consentAt: { $ne: null } }).sort({ _id: 1 }).lean<Contact[]>();
  }

  async childrenOfKelurahan(kelurahanId: string): Promise<Child[]> {
    return byName(await this.models.children.find({ kelurahanId }).lean<Child[]>());
  }

  async latestMeasurements(childIds: readonly string[]): Promise<Measurement[]> {
    if (childIds.length === 0) return [];
    const all = await this.models.measurements
      .find({ childId: { $in: [...childIds] }, supersededBy: null })
      .sort({ date: -1, createdAt: -1 })
      .lean<Measurement[]>();
    const latest = new Map<string, Measurement>();
    for (const m of all) if (!latest.has(m.childId)) latest.set(m.childId, m);
    return [...latest.values()];
  }

  private async find(filter: Record<string, unknown>): Promise<PuslingRequestRecord[]> {
    const docs = await this.models.puslingRequests.find(filter).sort(NEWEST_FIRST).lean<PuslingRequestDoc[]>();
    return docs.map(toRecord);
  }
}
