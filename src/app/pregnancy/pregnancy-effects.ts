import type { PregnancyRecord } from './pregnancy-records.js';

/**
 * Register (or re-date) the contact's pregnancy, and keep the household's `pregnant` flag for as long
 * as the pregnancy runs. Saving the same record again changes nothing.
 *
 * @example
 * { type: 'pregnancy.register', id: 'c-demo-pregnant', record: { _id: 'c-demo-pregnant', dates: { dueDate: '2026-12-04', lmp: '2026-02-25' }, … } }
 */
export interface PregnancyRegisterEffect {
  readonly type: 'pregnancy.register';
  readonly id: string;
  readonly record: PregnancyRecord;
}

/** The pregnancy ended (`born`) or was a mistake (`removed`): its record and the household flag go. */
export interface PregnancyEndEffect {
  readonly type: 'pregnancy.end';
  readonly id: string;
  readonly outcome: 'born' | 'removed';
}

export type PregnancyEffect = PregnancyRegisterEffect | PregnancyEndEffect;
