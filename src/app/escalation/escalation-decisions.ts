import type { EscalationEffect } from './alert-effects.js';

/**
 * What escalation decided for each measurement, kept before any of it is applied. The decision
 * reads the child's open episodes, which applying it changes: deciding again after a crash half
 * way would decide differently (or nothing). So a measurement is decided once, and a replay
 * applies what was kept.
 *
 * @example
 * const effects = (await decisions.of('ms_1')) ?? (await decisions.keep('ms_1', planned, now));
 */
export interface EscalationDecisionStore {
  of(measurementId: string): Promise<EscalationEffect[] | null>;
  /** Keeps the decision unless one is kept already; returns the one kept (the first wins). */
  keep(measurementId: string, childId: string, effects: readonly EscalationEffect[], at: Date): Promise<EscalationEffect[]>;
}
