import type { PregnancyStore } from './pregnancy-records.js';

/**
 * Pregnancies as an action reads them; registering or ending one is a pregnancy effect.
 *
 * @example
 * const reads: PregnancyReads = deps.pregnancies; // `reads.save` does not compile
 */
export type PregnancyReads = Pick<PregnancyStore, 'get' | 'active'>;
