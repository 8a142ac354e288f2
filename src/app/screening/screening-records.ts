import type { ScreeningReading, ScreeningText } from '../../domain/screening/index.js';

/**
 * One adult's screening at a posyandu session, as the kader recorded it. Who it is (a nickname, sex,
 * age) and what was measured are health data: the store seals `person`, `values` and `reading`.
 * `contactId` links it to the person's own chat when they use the bot (found by the phone the kader
 * typed; the phone itself is never stored here).
 */
export interface ScreeningRecord {
  _id: string;
  posyanduId: string;
  contactId: string | null;
  /** The session day, YYYY-MM-DD in the posyandu's zone. */
  date: string;
  person: { name: string; sex: 'male' | 'female'; age: number };
  values: ScreeningText;
  reading: ScreeningReading;
  /** `open` when a value is above a referral threshold, until the kader closes it. */
  followUp: 'none' | 'open' | 'done';
  /** The person agreed, in front of the kader, that their results are kept (and sent to their chat). */
  consentAt: Date;
  recordedBy: string;
  createdAt: Date;
}

/**
 * Screenings as stored.
 *
 * @example
 * await screenings.insert(record); await screenings.ofContact('c_0009'); // newest first
 */
export interface ScreeningStore {
  /** Inserts by id: a second insert of the same id changes nothing (a replayed turn stores one). */
  insert(record: ScreeningRecord): Promise<void>;
  /** The person's own screenings, newest first. */
  ofContact(contactId: string): Promise<ScreeningRecord[]>;
  /** Screenings of a posyandu with an open follow-up, oldest first. */
  openFollowUps(posyanduId: string): Promise<ScreeningRecord[]>;
  get(id: string): Promise<ScreeningRecord | null>;
  /** Marks an open follow-up done; a second call changes nothing. */
  closeFollowUp(id: string): Promise<void>;
  /** Erases the person's screenings (HAPUS DATA); how many. */
  eraseOf(contactId: string): Promise<number>;
}
