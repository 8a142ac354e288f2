import type { EffectHandlers } from '../effects/app-effect.js';
import type { BroadcastPorts } from './broadcast-ports.js';
import type { BroadcastEffect } from './broadcast-effects.js';

/**
 * Applies a broadcast effect. Starting stores the broadcast and its batches unless they are there
 * and queues jobs named by the broadcast id; cancelling ends it only while it is sending. Both
 * change nothing when applied again.
 *
 * @example
 * await applyBroadcastEffect({ broadcasts }, { type: 'broadcast.cancel', id: 'bx_…', broadcastId: 'bc_1', at: now });
 */
export async function applyBroadcastEffect({ broadcasts }: { broadcasts: Pick<BroadcastPorts, 'store' | 'jobs'> }, effect: BroadcastEffect): Promise<void> {
  const { store, jobs } = broadcasts;
  if (effect.type === 'broadcast.cancel') {
    await store.end(effect.broadcastId, 'cancelled', effect.at);
    return;
  }
  const { broadcast, batches, checkEveryMs } = effect;
  await store.create(broadcast, [...batches]);
  if (batches.length) await jobs.addBatches(broadcast._id, batches.length);
  await jobs.scheduleCheck({ broadcastId: broadcast._id, round: 0, reportedQuarter: 0 }, checkEveryMs);
}

/**
 * The broadcast table of the turn commit.
 *
 * @example
 * const commit = new TurnCommit(…, broadcastHandlers({ broadcasts }));
 */
export function broadcastHandlers(deps: { broadcasts: Pick<BroadcastPorts, 'store' | 'jobs'> }): EffectHandlers {
  const apply = (effect: BroadcastEffect) => applyBroadcastEffect(deps, effect);
  return { 'broadcast.start': [apply], 'broadcast.cancel': [apply] };
}
