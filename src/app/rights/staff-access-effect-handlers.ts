import type { EffectHandlers } from '../effects/app-effect.js';
import type { ChildAccessLog } from '../children/child-access.js';

/**
 * Applies `staff.access`: appends the entries by their keys (the log's store ignores a key it holds).
 * Applied twice, the log holds each entry once.
 *
 * @example
 * const commit = new TurnCommit(staffAccessHandlers(deps), …);
 */
export function staffAccessHandlers(deps: { childAccess: Pick<ChildAccessLog, 'record'> }): EffectHandlers {
  return { 'staff.access': [async (effect) => deps.childAccess.record(effect.entries)] };
}
