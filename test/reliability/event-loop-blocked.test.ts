import { performance } from 'node:perf_hooks';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET, TOKEN, postUpdate, textUpdate } from '../channels/telegram/telegram-bot.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { recordTelegramSends, type SentBody } from '../helpers/telegram-sends.js';
import { until } from '../helpers/until.js';

const API = 'http://bot-api.telegram.test';
const CHATS = Array.from({ length: 8 }, (_, i) => 7300 + i);

/** What a runaway synchronous computation (a huge CSV parsed inline, a regex gone wrong) does. */
function blockEventLoop(ms: number): void {
  const end = performance.now() + ms;
  let spins = 0;
  while (performance.now() < end) spins++;
  expect(spins).toBeGreaterThan(0);
}

describe('the event loop blocked for 3 s', () => {
  let bot: TestBot;
  let sent: SentBody[] = [];

  beforeAll(async () => {
    sent = recordTelegramSends(API, TOKEN);
    bot = await startTestBot({ env: { EVENT_LOOP_LAG_LIMIT_MS: '1000', TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API, TELEGRAM_CHAT_INTERVAL_MS: '0' } });
  });
  afterAll(async () => {
    await bot.close();
    nock.cleanAll();
  });

  it('makes /readyz say so with the lag it measured, and loses nothing', async () => {
    const updates = CHATS.map((chat) => textUpdate(chat, '/bantuan'));
    const answers = Promise.all(updates.map((update) => postUpdate(bot, update)));
    blockEventLoop(3000);

    const lagging = await bot.app.inject({ method: 'GET', url: '/readyz' });
    const body = lagging.json() as { status: string; checks: Record<string, boolean>; eventLoopLagMs: number; reasons: string[] };
    expect(lagging.statusCode).toBe(503);
    expect(body).toMatchObject({ status: 'unavailable', checks: { mongodb: true, redis: true, eventLoop: false } });
    // The recorded lag, not the test's wall time: the loop could not tick for the whole block.
    expect(body.eventLoopLagMs).toBeGreaterThanOrEqual(2500);
    expect(body.reasons).toEqual([`the event loop lagged ${body.eventLoopLagMs} ms (limit 1000 ms)`]);

    expect((await answers).map((r) => r.statusCode)).toEqual(updates.map(() => 200));
    const { messages } = bot.container.deps;
    for (const update of updates) {
      const id = `telegram:${update.update_id}`;
      await until(`${id} processed`, async () => ((await messages.getInbound(id))?.status === 'processed' ? true : undefined));
      const replies = await messages.repliesTo(id);
      expect(replies, id).toHaveLength(1);
      await until(`the reply to ${id} sent`, async () => ((await messages.getOutbound(replies[0]!._id))?.status === 'sent' ? true : undefined));
    }
    for (const chat of CHATS) expect(sent.filter((b) => String(b.chat_id) === String(chat)), `chat ${chat}`).toHaveLength(1);

    // Ready again once the block has left the measuring window.
    await expect.poll(async () => (await bot.app.inject({ method: 'GET', url: '/readyz' })).statusCode, { timeout: 40_000, interval: 500 }).toBe(200);
  }, 90_000);
});
