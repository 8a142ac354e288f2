import type { Queue } from 'bullmq';
import type { QueueDepth } from '../app/ops/ops-metrics.js';
import type { ReadyList } from './ready-list.js';

/** The job states operators watch: work waiting or running, work put off, work that failed for good. */
export const WATCHED_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * How many jobs each queue holds per watched state, read from BullMQ (one round trip per queue).
 *
 * @example
 * await queueDepths([inbound.queue]); // [{ queue: 'inbound', state: 'waiting', jobs: 0 }, …]
 */
export async function queueDepths(queues: readonly Queue[]): Promise<QueueDepth[]> {
  const counts = await Promise.all(queues.map(async (queue) => ({ queue: queue.name, counts: await queue.getJobCounts(...WATCHED_STATES) })));
  return counts.flatMap(({ queue, counts: byState }) => WATCHED_STATES.map((state) => ({ queue, state, jobs: byState[state] ?? 0 })));
}

/**
 * The same states for ready lists (the conversations' transport): entries waiting, held by a
 * worker, put off; a failed item is set aside in the store (`GET /api/admin/inbox/failed`), so 0.
 *
 * @example
 * await readyDepths([inbox.ready]); // [{ queue: 'inbound', state: 'waiting', jobs: 0 }, …]
 */
export async function readyDepths(lists: readonly ReadyList[]): Promise<QueueDepth[]> {
  const rows = await Promise.all(lists.map(async (list) => ({ queue: list.name, depth: { ...(await list.depth()), failed: 0 } })));
  return rows.flatMap(({ queue, depth }) => WATCHED_STATES.map((state) => ({ queue, state, jobs: depth[state] })));
}
