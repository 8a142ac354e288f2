import type { ScreeningRecord } from './screening-records.js';

/**
 * Store a screening (`id` derived from the turn) and, when the person uses the bot, send them their
 * results: `notice` is the text in their language, sent once (its message id derives from `id`).
 *
 * @example
 * { type: 'screening.record', id: 'sc_9c1e…', record: { _id: 'sc_9c1e…', … }, notice: { contactId: 'c_0009', text: 'Hasil cek…' } }
 */
export interface ScreeningRecordEffect {
  readonly type: 'screening.record';
  readonly id: string;
  readonly record: ScreeningRecord;
  readonly notice: { readonly contactId: string; readonly text: string } | null;
}

/** The kader followed the person up (they went to the puskesmas): the screening's follow-up is closed. */
export interface ScreeningFollowUpDoneEffect {
  readonly type: 'screening.follow_up_done';
  readonly id: string;
}

export type ScreeningEffect = ScreeningRecordEffect | ScreeningFollowUpDoneEffect;
