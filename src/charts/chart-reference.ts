import { lmsAt, valueAtZ, type Lms, type Sex } from '../domain/growth/reference.js';

/** The two age-based indicators a parent's chart shows: weight-for-age and length/height-for-age. */
export type ChartIndicator = 'wfa' | 'lhfa';

/**
 * The part of the WHO reference a chart needs. Injected so tests can feed simple curves; the real
 * `src/domain/growth/reference.ts` satisfies it as it is.
 *
 * @example
 * const flat: ChartReference = { lmsAt: () => ({ L: 1, M: 10, S: 0.1 }), valueAtZ };
 */
export interface ChartReference {
  lmsAt(table: ChartIndicator, sex: Sex, ageDays: number): Lms | undefined;
  valueAtZ(lms: Lms, z: number): number;
}

/**
 * The embedded WHO Child Growth Standards 2006.
 *
 * @example
 * whoReference.lmsAt('wfa', 1, 0); // { L: 0.3487, M: 3.3464, S: 0.14602 }
 */
export const whoReference: ChartReference = { lmsAt, valueAtZ };

export type { Lms, Sex };
