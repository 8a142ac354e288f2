import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/services.js';

/** A small limit so the test stays short; production defaults to 30 per 15 minutes. */
const LIMIT = 3;

describe('sign-in: the per-address limit', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ workers: false, env: { AUTH_IP_LIMIT: String(LIMIT), AUTH_IP_WINDOW_SECONDS: '900' } });
  });
  afterAll(async () => bot?.close());

  const post = (url: string, payload: Record<string, string>, remoteAddress: string) => bot.app.inject({ method: 'POST', url, payload, remoteAddress });

  it('stops one address asking codes for many phones, and not another address', async () => {
    const statuses: number[] = [];
    // A different phone each time: the per-phone limit (3 per 15 minutes) is never reached.
    for (let i = 0; i <= LIMIT; i++) statuses.push((await post('/api/auth/code', { phone: `+62811100060${i}` }, '203.0.113.7')).statusCode);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(202), 429]);
    expect((await post('/api/auth/code', { phone: '+628111000609' }, '203.0.113.8')).statusCode).toBe(202);
  });

  it('stops one address trying codes for many phones', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push((await post('/api/auth/session', { phone: `+62811100070${i}`, code: '123456' }, '198.51.100.4')).statusCode);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(401), 429]);
    expect((await post('/api/auth/session', { phone: '+628111000709', code: '123456' }, '198.51.100.5')).statusCode).toBe(401);
  });

  it('keeps addresses out of Redis in clear', async () => {
    const keys = await bot.container.redis.keys(`${bot.container.env.QUEUE_PREFIX}:pws-client-*`);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    expect(keys.join(' ')).not.toMatch(/203\.0|198\.51/);
  });
});
