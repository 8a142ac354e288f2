import { afterAll, describe, expect, inject, it } from 'vitest';
import { createRedis } from '../../src/queues/redis.js';
import { RedisReplyLimiter } from '../../src/queues/reply-limiter.js';
import { isolatedNames } from '../helpers/services.js';

describe('reply limiter (real Redis)', () => {
  const redis = createRedis(inject('redisUrl'));
  const { prefix } = isolatedNames();
  afterAll(async () => redis.quit());

  it('lets whole turns through up to the limit, then one note, then nothing, per chat', async () => {
    const limiter = new RedisReplyLimiter(redis, prefix, { limit: 5, windowMs: 60_000 }, 'test-name-secret');
    const turns = [2, 2, 2, 1, 3];
    const seen = [];
    for (const replies of turns) seen.push(await limiter.admit('telegram:1', replies));
    // 2 + 2 = 4; a turn of 2 would make 6: the note; everything after is dropped, even a turn of 1 that would fit.
    expect(seen).toEqual(['send', 'send', 'note', 'drop', 'drop']);
    expect(await limiter.admit('telegram:2', 2)).toBe('send');
  });

  it('never holds back a chat\'s first turn, however long', async () => {
    const limiter = new RedisReplyLimiter(redis, prefix, { limit: 2, windowMs: 60_000 }, 'test-name-secret');
    expect(await limiter.admit('simulator:+628111000009', 4)).toBe('send');
    expect(await limiter.admit('simulator:+628111000009', 1)).toBe('note');
  });

  it('starts afresh once the window has passed', async () => {
    const limiter = new RedisReplyLimiter(redis, prefix, { limit: 1, windowMs: 300 }, 'test-name-secret');
    expect(await limiter.admit('telegram:3', 1)).toBe('send');
    expect(await limiter.admit('telegram:3', 1)).toBe('note');
    // Silence ('drop') changes nothing, so asking until the window ends is harmless.
    await expect.poll(() => limiter.admit('telegram:3', 1), { timeout: 5000 }).toBe('send');
    expect(await limiter.admit('telegram:3', 1)).toBe('note');
  });
});
