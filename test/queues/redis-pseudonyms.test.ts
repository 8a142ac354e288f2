/**
 * No phone number in Redis: inboxes, locks, the WhatsApp customer window and the inbound jobs are
 * named by keyed pseudonyms, and job data carries none either.
 */
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorChannel } from '../../src/channels/simulator/simulator-channel.js';
import { RedisCustomerWindow } from '../../src/channels/whatsapp-cloud/customer-window.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { QUEUES } from '../../src/queues/names.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const FROM = '+628111000001';
const DIGITS = '8111000001';

/** Every key under the prefix, with everything stored in it, as one text per key. */
async function dump(redis: Redis, prefix: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      const value =
        type === 'string' ? await redis.get(key)
        : type === 'list' ? await redis.lrange(key, 0, -1)
        : type === 'hash' ? await redis.hgetall(key)
        : type === 'set' ? await redis.smembers(key)
        : type === 'zset' ? await redis.zrange(key, '0', '-1')
        : type === 'stream' ? await redis.xrange(key, '-', '+')
        : null;
      out.set(key, JSON.stringify(value));
    }
  } while (cursor !== '0');
  return out;
}

describe('phone numbers in Redis', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ workers: false, seed: (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z')) });
  });
  afterAll(async () => bot.close());

  it('appear in no key name and in no inbound or send job, queued or processed', async () => {
    const { container } = bot;
    const { redis } = container;
    const prefix = container.env.QUEUE_PREFIX;
    const ids: string[] = [];
    for (const text of ['MENU', 'BANTUAN']) {
      const [message] = simulatorChannel.parse({ from: FROM, text }, container.deps.clock.now());
      ids.push((await container.conversations.accept(message!)).id);
    }
    const window = new RedisCustomerWindow(redis, prefix, container.env.LOG_HASH_SECRET);
    await window.touch(FROM.slice(1), container.deps.clock.now());
    expect(await window.lastInbound(FROM.slice(1))).toEqual(container.deps.clock.now());

    // Queued: the inbox holds the items and the contact's entry waits in the ready list.
    const queued = await dump(redis, prefix);
    expect([...queued.keys()].some((key) => key.includes(':inbox:'))).toBe(true);
    expect([...queued.keys()].some((key) => key.includes(':wa-window:'))).toBe(true);
    const entries = await redis.lrange(container.inbox.ready.readyKey, 0, -1);
    expect(entries).toHaveLength(1);
    for (const [key, value] of queued) {
      expect(key).not.toContain(DIGITS);
      if (key.startsWith(`${prefix}:ready:`) || key.startsWith(`${prefix}:inbox:`)) expect(value, key).not.toContain(DIGITS);
    }

    // Processed: the drain kept its entry under the same names.
    container.startWorkers();
    for (const id of ids) await expect.poll(async () => (await container.deps.messages.getInbound(id))?.status, { timeout: 20_000 }).toBe('processed');
    const processed = await dump(redis, prefix);
    // The replies went through the chat's outbox, the send queue and the reply limiter, under the chat's opaque name.
    expect([...processed.keys()].some((key) => key.includes(':reply-count:'))).toBe(true);
    for (const [key, value] of processed) {
      expect(key).not.toContain(DIGITS);
      if (key.startsWith(`${prefix}:ready`) || key.startsWith(`${prefix}:processing:`) || key.startsWith(`${prefix}:${QUEUES.send('simulator')}:`)) expect(value, key).not.toContain(DIGITS);
    }
  });
});
