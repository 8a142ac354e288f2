import type { Child, ChildCorrection, Measurement } from '../children/child-records.js';

/**
 * KOREKSI of a child's own data: set `set`, append `correction` (with the old value, under the
 * effect's id, so appending it twice keeps one) and replace the derived results of the measurements
 * in force (`reassess`: z-scores and categories for the corrected age or sex; measured values stay).
 *
 * @example
 * { type: 'child.correct', id: 'cc_…', childId: 'ch-budi', set: { name: 'Budiman' }, correction: { id: 'cc_…', field: 'name', from: 'Budi', to: 'Budiman', … }, reassess: [] }
 */
export interface ChildCorrectEffect {
  readonly type: 'child.correct';
  readonly id: string;
  readonly childId: string;
  readonly set: Partial<Pick<Child, 'name' | 'birthDate' | 'sex'>>;
  readonly correction: ChildCorrection;
  readonly reassess: ReadonlyArray<{ readonly measurementId: string; readonly result: Measurement['result'] }>;
}

/**
 * KOREKSI of a measurement: `measurement` (id derived from the turn, `corrects` the old one) is
 * stored and supersedes the old, which stays stored unchanged: nothing a family reported is overwritten.
 */
export interface MeasurementCorrectEffect {
  readonly type: 'measurement.correct';
  readonly id: string;
  readonly measurement: Measurement;
  readonly supersedes: string;
}

export type CorrectionEffect = ChildCorrectEffect | MeasurementCorrectEffect;
