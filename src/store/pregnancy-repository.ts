import type { PregnancyRecord, PregnancyStore } from '../app/pregnancy/pregnancy-records.js';
import type { Models } from './store.js';

/**
 * The `pregnancies` collection, one document per mother, sealed at rest (see models/pregnancy.ts).
 *
 * @example
 * await repo.save(record); await repo.save(record); // one document
 */
export class PregnancyRepository implements PregnancyStore {
  constructor(private readonly models: Models) {}

  async get(contactId: string): Promise<PregnancyRecord | null> {
    return this.models.pregnancies.findById(contactId).lean<PregnancyRecord>();
  }

  async save(record: PregnancyRecord): Promise<void> {
    await this.models.pregnancies.replaceOne({ _id: record._id }, record, { upsert: true });
  }

  async erase(contactId: string): Promise<void> {
    await this.models.pregnancies.deleteOne({ _id: contactId });
  }

  async active(now: Date): Promise<PregnancyRecord[]> {
    return this.models.pregnancies.find({ lapseAt: { $gt: now } }).sort({ _id: 1 }).lean<PregnancyRecord[]>();
  }

  async markReminded(contactId: string, number: number): Promise<void> {
    await this.models.pregnancies.updateOne({ _id: contactId }, { $set: { remindedVisit: number } });
  }

  async forgetLapsed(now: Date): Promise<number> {
    return (await this.models.pregnancies.deleteMany({ lapseAt: { $lte: now } })).deletedCount;
  }
}
