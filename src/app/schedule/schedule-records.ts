import type { ReminderPolicy, Schedule, ScheduleException } from '../../domain/schedule/index.js';

/**
 * A posyandu's schedule as stored: the monthly rule (with holiday policy), when to remind families
 * (with quiet hours), and changes to single sessions by their original date. `_id` is the posyandu id.
 */
export interface PosyanduSchedule {
  _id: string;
  schedule: Schedule;
  reminderPolicy: ReminderPolicy;
  exceptions: ScheduleException[];
  /** Goes up by one with every change that alters it; announcements of a change are keyed by it. */
  revision: number;
  updatedAt: Date;
  /** The contact who last changed it (a kader), or null for an import or the seed. */
  updatedBy: string | null;
}
