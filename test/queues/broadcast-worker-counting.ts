import type { Worker } from 'bullmq';
import { broadcastHandlers } from '../../src/app/broadcast/limits.js';
import type { Container, ContainerDeps } from '../../src/main/container.js';
import { startBroadcastWorker } from '../../src/queues/broadcast-queue.js';

/** The Redis key that counts every hand-over of a message to a send queue, across processes. */
export const enqueueCounter = (prefix: string): string => `${prefix}:test-enqueues`;

/**
 * A broadcast worker whose send-queue hand-overs are counted; short locks so a killed worker's job is
 * soon taken up again, long enough that batches running in parallel on a loaded machine keep theirs.
 */
export function startCountingBroadcastWorker(container: Container): Worker {
  const key = enqueueCounter(container.env.QUEUE_PREFIX);
  const deps: ContainerDeps = {
    ...container.deps,
    sends: {
      enqueue: async (channel, chat, ids) => {
        await container.redis.incr(key);
        await container.deps.sends.enqueue(channel, chat, ids);
      },
      enqueueMany: async (chats) => {
        await container.redis.incrby(key, chats.length);
        await container.deps.sends.enqueueMany(chats);
      },
    },
  };
  return startBroadcastWorker({ connection: container.redis, prefix: container.env.QUEUE_PREFIX, ...broadcastHandlers(deps), lockDurationMs: 5000, stalledIntervalMs: 2500 });
}
