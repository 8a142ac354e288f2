import type { TurnEffect } from '../../engine/index.js';
import type { Measurement } from '../children/child-records.js';
import type { GrowthRecordEffect } from './growth-effects.js';
import type { GrowthReads } from './growth-ports.js';

/**
 * The growth reads as this turn sees them: measurements its earlier steps recorded (effects not yet
 * applied) are in force, and those they superseded are not. So the charts drawn after a report show
 * the report, as they did when recording wrote at once.
 *
 * @example
 * const reads = withPending(deps, context.effects ?? []);
 * await reads.children.measurements('ch-dewi'); // stored ones and today's report
 */
export function withPending(reads: GrowthReads, effects: readonly TurnEffect[]): GrowthReads {
  const records = effects.filter((e): e is GrowthRecordEffect => e.type === 'growth.record');
  if (records.length === 0) return reads;
  const { children } = reads;
  return {
    ...reads,
    children: {
      get: (id) => children.get(id),
      ofCaregiver: (id) => children.ofCaregiver(id),
      ofPosyandu: (id) => children.ofPosyandu(id),
      measurements: async (childId) => inForce(await children.measurements(childId), records, childId),
    },
  };
}

/** Stored measurements in force, with the pending records of the child applied, in the store's order. */
function inForce(stored: readonly Measurement[], records: readonly GrowthRecordEffect[], childId: string): Measurement[] {
  const superseded = new Set(records.flatMap((r) => r.supersedes));
  const added = records.map((r) => r.measurement).filter((m) => m.childId === childId && m.supersededBy === null);
  const known = new Set(stored.map((m) => m._id));
  return [...stored.filter((m) => !superseded.has(m._id)), ...added.filter((m) => !known.has(m._id))].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.getTime() - b.createdAt.getTime(),
  );
}
