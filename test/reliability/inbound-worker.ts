import type { Container } from '../../src/main/container.js';
import { startInboundWorker } from '../../src/queues/inbound-queue.js';
import type { ReadyWorker } from '../../src/queues/ready-worker.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The container's inbound worker with a short beat (a killed worker's contacts are soon taken up again) and, optionally, slower turns. */
export function startTestInboundWorker(container: Container, turnDelayMs = 0): ReadyWorker {
  const { conversations } = container;
  return startInboundWorker({
    redis: container.redis,
    inbox: container.inbox,
    concurrency: 4,
    handlers: {
      process: async (key, item) => {
        await sleep(turnDelayMs);
        await conversations.process(key, item);
      },
      setAside: (_key, item, error) => conversations.setAside(item, error),
    },
    beatMs: 2000,
  });
}
