import type { ScreeningStore } from './screening-records.js';

/**
 * Screenings as an action reads them; a screening recorded is a screening effect.
 *
 * @example
 * const reads: ScreeningReads = deps.screenings; // `reads.insert` does not compile
 */
export type ScreeningReads = Pick<ScreeningStore, 'get' | 'ofContact' | 'openFollowUps'>;
