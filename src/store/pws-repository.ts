import type { PwsSource } from '../app/pws/pws-source.js';
import type { AlertRecord } from '../app/escalation/escalation-records.js';
import type { Child, Measurement } from '../app/children/child-records.js';
import type { Kelurahan, Posyandu } from '../app/registry/registry-records.js';
import type { PuslingRequestRecord } from '../app/pusling/pusling-records.js';
import type { DoseRecord } from '../domain/immunisation/index.js';
import type { ScreeningRecord } from '../app/screening/screening-records.js';
import { AlertRepository } from './alert-repository.js';
import { ImmunisationRepository } from './immunisation-repository.js';
import { PuslingRepository } from './pusling-repository.js';
import type { Models } from './store.js';

type AlertArea = Pick<AlertRecord, 'area' | 'openedAt' | 'state'>;

/**
 * The reads behind the PWS views: places, the children of some posyandu with their visits, and the
 * alerts and Pusling requests of some kelurahan. Counting happens in `src/domain/pws`.
 *
 * @example
 * const source = new PwsRepository(models);
 * await source.visits(['ch-budi'], '2026-03-31');
 */
export class PwsRepository implements PwsSource {
  constructor(private readonly models: Models) {}

  async places(): Promise<{ posyandu: Posyandu[]; kelurahan: Kelurahan[] }> {
    const [posyandu, kelurahan] = await Promise.all([
      this.models.posyandu.find().sort({ name: 1, _id: 1 }).lean<Posyandu[]>(),
      this.models.kelurahan.find().sort({ name: 1, _id: 1 }).lean<Kelurahan[]>(),
    ]);
    return { posyandu, kelurahan };
  }

  async children(posyanduIds: readonly string[]): Promise<Child[]> {
    if (posyanduIds.length === 0) return [];
    const ids = [...posyanduIds];
    // A child who moved away was weighed here in earlier months: its visits bring it in.
    const visited = await this.models.measurements.find({ posyanduId: { $in: ids }, supersededBy: null }, { childId: 1 }).lean<Array<{ childId: string }>>();
    const childIds = [...new Set(visited.map((v) => v.childId))];
    return this.models.children.find({ $or: [{ posyanduId: { $in: ids } }, { _id: { $in: childIds } }] }).sort({ _id: 1 }).lean<Child[]>();
  }

  async visits(childIds: readonly string[], until: string): Promise<Measurement[]> {
    if (childIds.length === 0) return [];
    return this.models.measurements.find({ childId: { $in: [...childIds] }, supersededBy: null, date: { $lte: until } }).sort({ date: 1, createdAt: 1 }).lean<Measurement[]>();
  }

  async alerts(kelurahanIds: readonly string[]): Promise<AlertArea[]> {
    if (kelurahanIds.length === 0) return [];
    const docs = await this.models.alerts.find({ 'area.kelurahanId': { $in: [...kelurahanIds] } }, { area: 1, openedAt: 1, state: 1 }).lean<Array<AlertArea & { area: { posyanduId?: string | null } }>>();
    return docs.map((d) => ({
      openedAt: d.openedAt,
      state: d.state,
      area: { ...(d.area.posyanduId ? { posyanduId: d.area.posyanduId } : {}), kelurahanId: d.area.kelurahanId, rw: d.area.rw, puskesmasId: d.area.puskesmasId },
    }));
  }

  unresolvedAlerts(kelurahanIds: readonly string[]): Promise<AlertRecord[]> {
    return new AlertRepository(this.models).unresolvedIn({ kelurahanIds: [...kelurahanIds] });
  }

  child(childId: string): Promise<Child | null> {
    return this.models.children.findById(childId).lean<Child>();
  }

  async screenings(posyanduIds: readonly string[], until: string): Promise<Array<Pick<ScreeningRecord, 'posyanduId' | 'date' | 'reading' | 'followUp'> & { kelurahanId: string | null; rw: string | null }>> {
    if (posyanduIds.length === 0) return [];
    const found = await this.models.screenings
      .find({ posyanduId: { $in: [...posyanduIds] }, date: { $lte: until } }, { posyanduId: 1, contactId: 1, date: 1, reading: 1, followUp: 1 })
      .lean<Array<Pick<ScreeningRecord, 'posyanduId' | 'contactId' | 'date' | 'reading' | 'followUp'>>>();
    const contactIds = [...new Set(found.flatMap((s) => (s.contactId ? [s.contactId] : [])))];
    const contacts = contactIds.length === 0 ? [] : await this.models.contacts.find({ _id: { $in: contactIds } }, { kelurahanId: 1, rw: 1 }).lean<Array<{ _id: string; kelurahanId: string | null; rw: string | null }>>();
    const placeOf = new Map(contacts.map((c) => [c._id, c]));
    return found.map(({ contactId, ...s }) => {
      const place = contactId ? placeOf.get(contactId) : undefined;
      return { ...s, kelurahanId: place?.kelurahanId ?? null, rw: place?.rw ?? null };
    });
  }

  doses(childIds: readonly string[]): Promise<Map<string, DoseRecord[]>> {
    return new ImmunisationRepository(this.models).ofChildren(childIds);
  }

  pusling(kelurahanIds: readonly string[]): Promise<PuslingRequestRecord[]> {
    return kelurahanIds.length === 0 ? Promise.resolve([]) : new PuslingRepository(this.models).ofKelurahan(kelurahanIds);
  }
}
