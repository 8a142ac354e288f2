import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/services.js';

describe('health', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ workers: false });
  });
  afterAll(async () => bot.close());

  it('answers /healthz while the process is up', async () => {
    const res = await bot.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with each dependency checked', async () => {
    const res = await bot.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { eventLoopLagMs: number };
    expect(body).toEqual({ status: 'ready', checks: { mongodb: true, redis: true, eventLoop: true }, eventLoopLagMs: body.eventLoopLagMs });
    expect(body.eventLoopLagMs).toBeGreaterThanOrEqual(0);
  });
});
