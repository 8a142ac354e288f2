import type { Worker } from 'bullmq';
import type { Container } from '../../src/main/container.js';
import { startInboundWorker } from '../../src/queues/inbound-queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The container's inbound worker with short BullMQ locks (a killed worker's job is soon stalled) and, optionally, slower turns. */
export function startTestInboundWorker(container: Container, turnDelayMs = 0): Worker {
  const { conversations } = container;
  return startInboundWorker({
    connection: container.redis,
    prefix: container.env.QUEUE_PREFIX,
    inbox: container.inbox,
    inbound: container.inboundQueue,
    concurrency: 4,
    handlers: {
      process: async (key, item) => {
        await sleep(turnDelayMs);
        await conversations.process(key, item);
      },
      setAside: (_key, item, error) => conversations.setAside(item, error),
    },
    lockDurationMs: 2000,
    stalledIntervalMs: 1000,
  });
}
