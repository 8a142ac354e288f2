/**
 * A waiting question's timeout is an entry of the `timeouts` ready list put off until its time (one
 * ZADD per question asked): the beat moves it to the ready list when due, a worker fires it into
 * the contact's inbox, and one held by a worker that died is fired by another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/seed-demo.js';
import { Queue } from 'bullmq';
import { encodeEntry } from '../../src/queues/ready-list.js';
import { adoptBullTimeouts } from '../../src/queues/timeout-queue.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const PARENT = '+628111000001';

describe('question timeouts (entries of the timeouts ready list)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ seed: (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z')) });
  });
  afterAll(async () => bot.close());

  const waiting = async () => {
    const contact = await bot.container.deps.contacts.findByPhone(PARENT);
    return { contact: contact!, session: (await bot.container.deps.sessions.load(contact!._id))! };
  };

  it('puts a timeout off per waiting question, once however often scheduled, and ends the session when it fires', async () => {
    await bot.send(PARENT, 'menu');
    const { contact, session } = await waiting();
    expect(session.wait?.token).toBeDefined();
    const { ready } = bot.container.timeoutQueue;
    const entry = encodeEntry(session.wait!.token, contact._id);
    const score = Number(await bot.container.redis.zscore(ready.delayedKey, entry));
    // The question waits SESSION_TIMEOUT_MINUTES (24 h by default) from the bot's clock, in real time from now.
    expect(score - Date.now()).toBeGreaterThan(24 * 60 * 60_000 - 60_000);
    expect(score - Date.now()).toBeLessThanOrEqual(24 * 60 * 60_000);
    // Scheduled again (a turn applied twice after a crash): the same entry, its time unchanged.
    const now = bot.container.deps.clock.now();
    await bot.container.timeoutQueue.schedule({ contactId: contact._id, token: session.wait!.token }, new Date(now.getTime() + 60_000), now);
    expect(Number(await bot.container.redis.zscore(ready.delayedKey, entry))).toBe(score);

    // Its time comes: the worker's beat (every 5 s) promotes it.
    await bot.container.redis.zadd(ready.delayedKey, 'XX', Date.now(), entry);
    await expect.poll(async () => (await waiting()).session.stack.length, { timeout: 15_000, interval: 200 }).toBe(0);
    expect((await waiting()).session.wait).toBeUndefined();
    expect(await ready.depth()).toEqual({ waiting: 0, active: 0, delayed: 0 });
  });

  it('fires a timeout that a worker which died was holding, once that worker\'s beat has ended', async () => {
    await bot.send(PARENT, 'menu');
    const { contact, session } = await waiting();
    const { ready } = bot.container.timeoutQueue;
    const entry = encodeEntry(session.wait!.token, contact._id);
    // Taken by a worker whose beat ends in 300 ms, which nobody hands back.
    await bot.container.redis.zrem(ready.delayedKey, entry);
    await ready.beat('dead-worker', 300, Date.now());
    await bot.container.redis.rpush(ready.processingKey('dead-worker'), entry);
    expect((await waiting()).session.wait?.token).toBe(session.wait!.token);

    await expect.poll(async () => (await waiting()).session.stack.length, { timeout: 15_000, interval: 200 }).toBe(0);
    expect(await ready.depth()).toEqual({ waiting: 0, active: 0, delayed: 0 });
  });

  it('adopts the timeouts an earlier version left as BullMQ delayed jobs, keeping their time, once', async () => {
    const { redis, env, timeoutQueue } = bot.container;
    const legacy = new Queue('timeouts', { connection: redis, prefix: env.QUEUE_PREFIX });
    // As the earlier version scheduled it: job id from the token, the delay from the bot's clock.
    const job = await legacy.add('timeout', { contactId: 'c_legacy', token: 'c_legacy:7' }, { jobId: 'to_c_legacy-7', delay: 3_600_000, removeOnComplete: true, attempts: 5 });
    try {
      expect(await adoptBullTimeouts(redis, env.QUEUE_PREFIX, timeoutQueue)).toBe(1);
      const entry = encodeEntry('c_legacy:7', 'c_legacy');
      expect(Number(await redis.zscore(timeoutQueue.ready.delayedKey, entry))).toBe(job.timestamp + 3_600_000);
      expect(await legacy.getJob('to_c_legacy-7')).toBeUndefined();
      expect(await adoptBullTimeouts(redis, env.QUEUE_PREFIX, timeoutQueue)).toBe(0);
      await redis.zrem(timeoutQueue.ready.delayedKey, entry);
    } finally {
      await legacy.close();
    }
  });

  it('ignores a timeout that fires after the question was already answered', async () => {
    await bot.send(PARENT, 'menu');
    const contact = await bot.container.deps.contacts.findByPhone(PARENT);
    const first = (await bot.container.deps.sessions.load(contact!._id))!.wait!.token;
    await bot.send(PARENT, '2');
    const waiting = (await bot.container.deps.sessions.load(contact!._id))!;
    expect(waiting.wait!.token).not.toBe(first);

    await bot.container.conversations.timeout({ contactId: contact!._id, token: first });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = (await bot.container.deps.sessions.load(contact!._id))!;
    expect(after.wait?.token).toBe(waiting.wait!.token);
    expect(after.stack).toEqual(waiting.stack);
  });
});
