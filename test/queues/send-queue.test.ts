import { afterAll, describe, expect, inject, it } from 'vitest';
import { AppError } from '../../src/shared/errors.js';
import { createRedis } from '../../src/queues/redis.js';
import { SendQueues, startSendWorker } from '../../src/queues/send-queue.js';
import { isolatedNames } from '../helpers/services.js';

describe('send queue', () => {
  const redis = createRedis(inject('redisUrl'));
  const { prefix } = isolatedNames();
  const queues = new SendQueues(redis, prefix);
  afterAll(async () => {
    await queues.close();
    await redis.quit();
  });

  it('delivers a turn in order across a retry, each message once, and records permanent failures without stopping the turn', async () => {
    const delivered: string[] = [];
    const sent = new Set<string>();
    let flaky = true;
    const done = new Promise<void>((resolve) => {
      const worker = startSendWorker({
        connection: redis,
        prefix,
        channel: 'test',
        limits: { max: 100, durationMs: 1000 },
        concurrency: 4,
        deliver: async (id) => {
          if (sent.has(id)) return; // what OutboundService.deliver does for a message already sent
          if (id === 'out_t_1' && flaky) {
            flaky = false;
            throw new Error('network down');
          }
          if (id === 'out_t_2') throw new AppError('CHANNEL_PERMANENT_FAILURE', 'blocked');
          sent.add(id);
          delivered.push(id);
        },
      });
      worker.on('failed', (job) => {
        if (job && job.attemptsMade > 1) void worker.close().then(resolve);
      });
    });
    await queues.enqueue('test', ['out_t_0', 'out_t_1', 'out_t_2', 'out_t_3']);
    await queues.enqueue('test', ['out_t_0', 'out_t_1', 'out_t_2', 'out_t_3']);
    await done;
    expect(delivered).toEqual(['out_t_0', 'out_t_1', 'out_t_3']);
  });
});
