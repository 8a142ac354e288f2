import type { Measurement, MeasurementSource } from '../children/child-records.js';

/** Who vouches more: a measurement at the posyandu or puskesmas outranks a report from home. */
const RANK: Record<MeasurementSource, number> = { parent: 0, kader: 1, puskesmas: 1 };

/**
 * Provenance on one day: a new measurement supersedes the same day's measurements of the same or a
 * lower rank (a kader's replaces a parent's report; a re-measurement corrects the earlier one); a
 * parent's report on a day a kader already measured is kept for the record but born superseded.
 *
 * @example
 * supersedePlan('kader', [{ _id: 'ms_1', source: 'parent' }]); // { supersedes: ['ms_1'], supersededBy: null }
 * supersedePlan('parent', [{ _id: 'ms_2', source: 'kader' }]); // { supersedes: [], supersededBy: 'ms_2' }
 */
export function supersedePlan(source: MeasurementSource, sameDay: ReadonlyArray<Pick<Measurement, '_id' | 'source'>>): { supersedes: string[]; supersededBy: string | null } {
  const stronger = sameDay.find((m) => RANK[m.source] > RANK[source]);
  if (stronger) return { supersedes: [], supersededBy: stronger._id };
  return { supersedes: sameDay.map((m) => m._id), supersededBy: null };
}

/**
 * Whether a new measurement merges the values of an earlier one of the same day: reports of the same
 * rank are one visit told in parts; a posyandu measurement replaces a home report whole.
 *
 * @example
 * mergesWith('parent', 'parent'); // true
 * mergesWith('kader', 'parent');  // false
 */
export function mergesWith(source: MeasurementSource, earlier: MeasurementSource): boolean {
  return RANK[source] === RANK[earlier];
}
