import type { Broadcast, BroadcastBatch } from './broadcast-records.js';

/**
 * Start a broadcast: store it with its recipients fixed in batches, queue the batches and the first
 * progress check. `id` is the broadcast's id, derived from the turn; batches and jobs are named by
 * it, so applying it again stores and queues nothing new.
 *
 * @example
 * { type: 'broadcast.start', id: 'bc_9c1e…', broadcast: { _id: 'bc_9c1e…', … }, batches: [{ _id: 'bc_9c1e…-0', … }], checkEveryMs: 60000 }
 */
export interface BroadcastStartEffect {
  readonly type: 'broadcast.start';
  readonly id: string;
  readonly broadcast: Broadcast;
  readonly batches: readonly BroadcastBatch[];
  readonly checkEveryMs: number;
}

/** Stop a sending broadcast's fan-out; one that has ended already stays as it ended. */
export interface BroadcastCancelEffect {
  readonly type: 'broadcast.cancel';
  readonly id: string;
  readonly broadcastId: string;
  readonly at: Date;
}

export type BroadcastEffect = BroadcastStartEffect | BroadcastCancelEffect;
