import type { ScreeningRecord, ScreeningStore } from '../app/screening/screening-records.js';
import type { Models } from './store.js';

/**
 * The `screenings` collection (adult and elderly screening), sealed at rest (see models/screening.ts).
 *
 * @example
 * await repo.insert(record); await repo.insert(record); // one document
 */
export class ScreeningRepository implements ScreeningStore {
  constructor(private readonly models: Models) {}

  async insert(record: ScreeningRecord): Promise<void> {
    // An upsert that only inserts: a replayed commit finds the document and changes nothing.
    const { _id, ...rest } = record;
    await this.models.screenings.updateOne({ _id }, { $setOnInsert: rest }, { upsert: true });
  }

  async ofContact(contactId: string): Promise<ScreeningRecord[]> {
    return this.models.screenings.find({ contactId }).sort({ createdAt: -1, _id: 1 }).lean<ScreeningRecord[]>();
  }

  async openFollowUps(posyanduId: string): Promise<ScreeningRecord[]> {
    return this.models.screenings.find({ posyanduId, followUp: 'open' }).sort({ createdAt: 1, _id: 1 }).lean<ScreeningRecord[]>();
  }

  async get(id: string): Promise<ScreeningRecord | null> {
    return this.models.screenings.findById(id).lean<ScreeningRecord>();
  }

  async closeFollowUp(id: string): Promise<void> {
    await this.models.screenings.updateOne({ _id: id, followUp: 'open' }, { $set: { followUp: 'done' } });
  }

  async eraseOf(contactId: string): Promise<number> {
    return (await this.models.screenings.deleteMany({ contactId })).deletedCount;
  }
}
