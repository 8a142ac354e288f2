import type { Contact } from '../contacts/contact-records.js';
import type { PosyanduSchedule } from './schedule-records.js';

/**
 * Posyandu schedules and who hears about them.
 *
 * @example
 * const record = await schedules.get('psy-mawar'); // null until a kader or an import sets one
 */
export interface ScheduleStore {
  get(posyanduId: string): Promise<PosyanduSchedule | null>;
  set(record: PosyanduSchedule): Promise<void>;
  all(): Promise<PosyanduSchedule[]>;
  /** Parents of the posyandu who have not opted out. */
  families(posyanduId: string): Promise<Contact[]>;
}

/** A reminder to send when its time comes; `start` is the session start it was planned for. */
export interface ReminderJob {
  key: string;
  posyanduId: string;
  sessionId: string;
  start: string;
  kind: string;
}

/** The look back after a session: who was not measured. */
export interface FollowUpJob {
  posyanduId: string;
  sessionId: string;
  start: string;
}

/**
 * Durable delayed work for schedules: reminders and after-session follow-ups as queue jobs keyed by
 * their reminder key, so adding one twice is harmless.
 *
 * @example
 * await reminderJobs.reminder(job, planned.sendAt, clock.now());
 */
export interface ReminderJobs {
  reminder(job: ReminderJob, at: Date, now: Date): Promise<void>;
  followUp(job: FollowUpJob, at: Date, now: Date): Promise<void>;
  /** Drops reminders not sent yet (a session moved or was cancelled); unknown keys are ignored. */
  cancel(keys: readonly string[]): Promise<void>;
}

/** Schedules as an action reads them; a change is a schedule effect. */
export type ScheduleReads = Pick<ScheduleStore, 'get' | 'all' | 'families'>;
