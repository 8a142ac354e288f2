import type { Child, Measurement } from '../children/child-records.js';
import type { Contact } from '../contacts/contact-records.js';
import type { PuslingRequestRecord } from './pusling-records.js';

/**
 * Pusling requests as stored, and the people and children of an RW they concern.
 *
 * @example
 * const open = (await pusling.ofPuskesmas('pkm-bekasi-jaya')).filter((r) => r.request.state === 'requested');
 */
export interface PuslingStore {
  /** False when a request with this id exists already. */
  insert(record: PuslingRequestRecord): Promise<boolean>;
  get(id: string): Promise<PuslingRequestRecord | null>;
  /** Replaces the stored request if it still has `revision - 1`; false when someone changed it first. */
  replace(record: PuslingRequestRecord): Promise<boolean>;
  ofPuskesmas(puskesmasId: string): Promise<Array<PuslingRequestRecord>>;
  ofKelurahan(kelurahanIds: readonly string[]): Promise<Array<PuslingRequestRecord>>;
  ofPosyandu(posyanduIds: readonly string[]): Promise<Array<PuslingRequestRecord>>;
  /** Parents of one RW of a kelurahan who have not opted out. */
  familiesOfRw(kelurahanId: string, rw: string): Promise<Contact[]>;
  childrenOfKelurahan(kelurahanId: string): Promise<Child[]>;
  /** The latest measurement still in force (not superseded) of each child that has one. */
  latestMeasurements(childIds: readonly string[]): Promise<Measurement[]>;
}

/** A Pusling state change to tell people about: the request and the index of its history entry. */
export interface PuslingEventJob {
  requestId: string;
  entry: number;
}

/** A visit reminder for the families of the RW; `stamp` names the schedule it was planned for. */
export interface PuslingReminderJob {
  requestId: string;
  stamp: string;
  kind: 'evening_before' | 'morning_of';
}

/**
 * Pusling work through a queue: notices after each change, and visit reminders as delayed jobs
 * with deterministic ids (adding one twice is harmless).
 *
 * @example
 * await puslingJobs.event({ requestId: 'pr-1', entry: 0 });
 */
export interface PuslingJobs {
  event(job: PuslingEventJob): Promise<void>;
  reminder(job: PuslingReminderJob, at: Date, now: Date): Promise<void>;
  /** Drops reminders not sent yet (the visit was postponed); unknown ones are ignored. */
  cancelReminders(jobs: readonly PuslingReminderJob[]): Promise<void>;
}

/** Pusling requests as an action reads them; a request or its change is a Pusling effect. */
export type PuslingReads = Pick<PuslingStore, 'get' | 'ofPuskesmas' | 'ofKelurahan' | 'ofPosyandu' | 'familiesOfRw' | 'childrenOfKelurahan' | 'latestMeasurements'>;
