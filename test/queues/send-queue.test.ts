import type { Worker } from 'bullmq';
import type { ReadyWorker } from '../../src/queues/ready-worker.js';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { AppError } from '../../src/shared/errors.js';
import { createRedis } from '../../src/queues/redis.js';
import { SendQueues, startSendWorker } from '../../src/queues/send-queue.js';
import { isolatedNames } from '../helpers/services.js';

interface Delivery {
  id: string;
  at: number;
}

/** A send queue and worker on real Redis, with a fake platform that records what it took and when. */
function harness(options: { concurrency?: number; fairShare?: number; attempts?: number; fail?: (id: string, tries: number) => Error | null; gate?: (id: string) => Promise<void> } = {}) {
  const redis = createRedis(inject('redisUrl'));
  const { prefix } = isolatedNames();
  const sends = new SendQueues(redis, prefix, 'test-name-secret', { attempts: options.attempts ?? 6, backoffMs: 50 });
  const delivered: Delivery[] = [];
  const refused: Delivery[] = [];
  const givenUp: string[] = [];
  const tries = new Map<string, number>();
  let workers: { sender: ReadyWorker; admit: Worker } | undefined;
  return {
    sends,
    delivered,
    refused,
    givenUp,
    start(channel = 'test') {
      workers = startSendWorker({
        connection: redis,
        redis,
        beatMs: 1500,
        prefix,
        sends,
        channel,
        limits: { max: 10_000, durationMs: 1000 },
        concurrency: options.concurrency ?? 8,
        fairShare: options.fairShare ?? 3,
        deliver: async (id) => {
          if (delivered.some((d) => d.id === id)) return; // what OutboundService.deliver does for a message already sent
          await options.gate?.(id);
          const n = (tries.get(id) ?? 0) + 1;
          tries.set(id, n);
          const failure = options.fail?.(id, n);
          if (failure) {
            refused.push({ id, at: Date.now() });
            throw failure;
          }
          delivered.push({ id, at: Date.now() });
        },
        giveUp: async (id) => void givenUp.push(id),
      });
    },
    async close() {
      await Promise.all([workers?.sender.close(), workers?.admit.close()]);
      await sends.close();
      await redis.quit();
    },
  };
}

const ids = (turn: string, n: number) => Array.from({ length: n }, (_, i) => `out_${turn}_${i}`);

describe('send queue: one outbox per chat', () => {
  let h: ReturnType<typeof harness>;
  afterEach(async () => h.close());

  it('delivers a chat\'s turns strictly in the order queued, each message once, across retries and concurrent jobs', async () => {
    // The first turn's second message fails twice: its retry must not let the later turns overtake it.
    h = harness({
      concurrency: 16,
      fail: (id, n) => (id === 'out_t1_1' && n <= 2 ? new Error('network down') : id === 'out_t2_0' ? new AppError('CHANNEL_PERMANENT_FAILURE', 'refused') : null),
    });
    h.start();
    const turns = [ids('t1', 3), ids('t2', 2), ids('t3', 2), ids('t4', 1)];
    for (const turn of turns) await h.sends.enqueue('test', '42', turn);
    await h.sends.enqueue('test', '42', turns[0]!); // a redelivered turn is not sent again
    await expect.poll(() => h.delivered.length, { timeout: 15_000 }).toBe(7);
    expect(h.delivered.map((d) => d.id)).toEqual(turns.flat().filter((id) => id !== 'out_t2_0'));
    expect(h.refused.map((r) => r.id)).toEqual(['out_t1_1', 'out_t1_1', 'out_t2_0']);
  });

  it('keeps other chats going while one chat waits on its platform', async () => {
    let releaseA!: () => void;
    const aWaits = new Promise<void>((resolve) => (releaseA = resolve));
    // Chat A's first send hangs until chat B's message went out: it completes only if they run in parallel.
    h = harness({ gate: async (id) => (id === 'out_a_0' ? aWaits : undefined) });
    h.start();
    await h.sends.enqueue('test', 'A', ids('a', 2));
    await h.sends.enqueue('test', 'B', ids('b', 1));
    await expect.poll(() => h.delivered.map((d) => d.id), { timeout: 15_000 }).toContain('out_b_0');
    releaseA();
    await expect.poll(() => h.delivered.map((d) => d.id), { timeout: 15_000 }).toEqual(['out_b_0', 'out_a_0', 'out_a_1']);
  });

  it('gives a chat with much to send its fair share, then lets the next chat go first', async () => {
    h = harness({ concurrency: 1, fairShare: 3 });
    await h.sends.enqueue('test', 'flood', ids('f', 20));
    await h.sends.enqueue('test', 'quiet', ids('q', 1));
    h.start();
    await expect.poll(() => h.delivered.length, { timeout: 15_000 }).toBe(21);
    const order = h.delivered.map((d) => d.id);
    expect(order.indexOf('out_q_0')).toBe(3);
    expect(order.filter((id) => id.startsWith('out_f_'))).toEqual(ids('f', 20));
  });

  it('waits out a "retry after" for that chat only, and sends nothing to it before then', async () => {
    const RETRY_AFTER_MS = 400;
    h = harness({ fail: (id, n) => (id === 'out_a_1' && n === 1 ? new AppError('CHANNEL_SEND_FAILED', 'too many requests', { retryAfterMs: RETRY_AFTER_MS }) : null) });
    h.start();
    await h.sends.enqueue('test', 'A', ids('a', 3));
    await expect.poll(() => h.refused.length, { timeout: 15_000 }).toBe(1);
    // Queued during the wait: still behind the refused message, and not sent before the wait ends.
    await h.sends.enqueue('test', 'A', ids('a2', 1));
    await h.sends.enqueue('test', 'B', ids('b', 2));
    await expect.poll(() => h.delivered.length, { timeout: 15_000 }).toBe(6);
    const order = h.delivered.map((d) => d.id);
    expect(order.filter((id) => id.startsWith('out_a'))).toEqual(['out_a_0', 'out_a_1', 'out_a_2', 'out_a2_0']);
    const refusedAt = h.refused[0]!.at;
    for (const d of h.delivered.filter((x) => x.id.startsWith('out_a') && x.id !== 'out_a_0')) expect(d.at - refusedAt).toBeGreaterThanOrEqual(RETRY_AFTER_MS);
    // Chat B did not wait for chat A's "retry after".
    expect(order.indexOf('out_b_1')).toBeLessThan(order.indexOf('out_a_1'));
  });

  it('sends what a crashed holder left: once its beat ends, without anything new being queued', async () => {
    h = harness();
    await h.sends.enqueue('test', 'A', ids('a', 2));
    // A worker that took chat A and died: its beat lasts a while longer, and it hands nothing back.
    const ready = h.sends.outbox.ready('test');
    await ready.beat('crashed-worker', 1500, Date.now());
    expect((await ready.take('crashed-worker'))?.head).toBe('out_a_0');
    h.start();
    await expect.poll(() => h.delivered.map((d) => d.id), { timeout: 15_000 }).toEqual(['out_a_0', 'out_a_1']);
    expect(await ready.depth()).toEqual({ waiting: 0, active: 0, delayed: 0 });
  });

  it('joins held-back messages to the outbox when their time comes, behind what was queued before', async () => {
    h = harness();
    h.start();
    await h.sends.enqueue('test', 'A', ids('later', 1), 300);
    await h.sends.enqueue('test', 'A', ids('now', 2));
    await expect.poll(() => h.delivered.map((d) => d.id), { timeout: 15_000 }).toEqual(['out_now_0', 'out_now_1', 'out_later_0']);
  });

  it('gives up a message that fails every try, so the chat moves on to the next', async () => {
    h = harness({ attempts: 2, fail: (id) => (id === 'out_x_0' ? new Error('platform down') : null) });
    h.start();
    await h.sends.enqueue('test', 'A', ids('x', 1));
    await h.sends.enqueue('test', 'A', ids('y', 1));
    await expect.poll(() => h.delivered.map((d) => d.id), { timeout: 15_000 }).toEqual(['out_y_0']);
    expect(h.givenUp).toEqual(['out_x_0']);
    expect(new Set(h.refused.map((r) => r.id))).toEqual(new Set(['out_x_0']));
    expect(h.refused.length).toBeGreaterThanOrEqual(2);
  });
});
