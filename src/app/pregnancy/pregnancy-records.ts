/**
 * A registered pregnancy: one per contact (the mother herself registers it). The dates are health
 * data and sealed (`dates`); `lapseAt` stays in clear so the daily job can find lapsed ones, the same
 * instant the household's `pregnantUntil` says.
 */
export interface PregnancyRecord {
  /** The mother's contact id: registering again replaces the earlier dates. */
  _id: string;
  posyanduId: string | null;
  dates: { dueDate: string; lmp: string | null };
  registeredAt: Date;
  lapseAt: Date;
  /** The last antenatal visit (K1–K6) a reminder was sent for; 0 before the first. */
  remindedVisit: number;
}

/**
 * Pregnancies as stored.
 *
 * @example
 * await pregnancies.save(record); await pregnancies.get('c-demo-pregnant');
 */
export interface PregnancyStore {
  get(contactId: string): Promise<PregnancyRecord | null>;
  /** Inserts or replaces the contact's pregnancy: the same record saved twice is one. */
  save(record: PregnancyRecord): Promise<void>;
  /** Ends it (birth, a mistake, or data erased): nothing is kept. */
  erase(contactId: string): Promise<void>;
  /** Pregnancies still running at `now`. */
  active(now: Date): Promise<PregnancyRecord[]>;
  /** Records that a reminder for visit `number` went out. */
  markReminded(contactId: string, number: number): Promise<void>;
  /** Erases pregnancies past their lapse; how many. */
  forgetLapsed(now: Date): Promise<number>;
}
