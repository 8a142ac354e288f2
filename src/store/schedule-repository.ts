import type { Contact } from '../app/contacts/contact-records.js';
import type { PosyanduSchedule } from '../app/schedule/schedule-records.js';
import { checkedSchedule } from '../app/schedule/stored-schedule.js';
import type { Models } from './store.js';

/**
 * Posyandu schedules (rule, holiday and reminder policy, quiet hours, exceptions) and the families
 * who hear about them. Every read and write is checked against the domain schemas (`checkedSchedule`).
 *
 * @example
 * await schedules.set({ _id: 'psy-mawar', schedule, reminderPolicy, exceptions: [], revision: 0, updatedAt: now, updatedBy: null });
 * (await schedules.get('psy-mawar'))?.schedule.rule; // { kind: 'nth_weekday', n: 2, weekday: 2 }
 */
export class ScheduleRepository {
  constructor(private readonly models: Models) {}

  async get(posyanduId: string): Promise<PosyanduSchedule | null> {
    const doc = await this.models.schedules.findById(posyanduId).lean<PosyanduSchedule>();
    return doc ? checkedSchedule(doc) : null;
  }

  async set(record: PosyanduSchedule): Promise<void> {
    const clean = checkedSchedule(record);
    await this.models.schedules.replaceOne({ _id: clean._id }, clean, { upsert: true });
  }

  async all(): Promise<PosyanduSchedule[]> {
    const docs = await this.models.schedules.find().sort({ _id: 1 }).lean<PosyanduSchedule[]>();
    return docs.map(checkedSchedule);
  }

  /** Parents served by the posyandu who consented and have not said BERHENTI: who hears its news and reminders. */
  families(posyanduId: string): Promise<Contact[]> {
    return this.models.contacts.find({ posyanduId, role: 'parent', optedOut: false, consentAt: { $ne: null } }).sort({ _id: 1 }).lean<Contact[]>();
  }
}
