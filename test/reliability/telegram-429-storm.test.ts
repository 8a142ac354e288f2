import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postUpdate, startTelegramBot, TOKEN, textUpdate } from '../channels/telegram/telegram-bot.js';
import type { TestBot } from '../helpers/services.js';

const API = 'http://bot-api.storm.test';
const CHATS = [7301, 7302, 7303, 7304, 7305, 7306];
const TEXTS = ['/start', 'menu', 'bantuan'];
const RETRY_AFTER_S = 1;

interface Call {
  chat: string;
  text: string;
  /** When the fake Bot API took the call, by its own clock. */
  at: number;
  refused: boolean;
}

/**
 * Fault scenario: a 429 storm. The fake Bot API refuses every fifth send (20 %) with
 * `retry_after`. Every reply must still reach its chat exactly once and in order, and no call to a
 * chat may come before the "retry after" that chat was given has passed (read from the fake's own
 * record of when each call came, not from how long the test took).
 */
describe('fault: Telegram answers 20 % of sends with 429 retry_after', () => {
  let bot: TestBot;
  const calls: Call[] = [];

  beforeAll(async () => {
    nock(API)
      .persist()
      .post(new RegExp(`^/bot${TOKEN}/(sendMessage|sendPhoto)$`))
      .reply((_uri, body) => {
        const payload = body as Record<string, unknown>;
        const refused = (calls.length + 1) % 5 === 0;
        calls.push({ chat: String(payload.chat_id), text: String(payload.text ?? payload.caption ?? ''), at: Date.now(), refused });
        if (refused) return [429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${RETRY_AFTER_S}`, parameters: { retry_after: RETRY_AFTER_S } }];
        return [200, { ok: true, result: { message_id: calls.length, date: 0, chat: { id: Number(payload.chat_id), type: 'private' } } }];
      });
    bot = await startTelegramBot(API);
  });
  afterAll(async () => {
    await bot.close();
    nock.cleanAll();
  });

  it('delivers every reply exactly once, in order, and never calls a chat before its retry_after', async () => {
    const updates = TEXTS.flatMap((text) => CHATS.map((chat) => textUpdate(chat, text)));
    for (const update of updates) expect((await postUpdate(bot, update)).statusCode).toBe(200);
    const { messages } = bot.container.deps;
    await expect.poll(async () => (await Promise.all(updates.map(async (u) => (await messages.getInbound(`telegram:${u.update_id}`))?.status))).every((s) => s === 'processed'), { timeout: 60_000 }).toBe(true);

    for (const chat of CHATS) {
      const expected = (await Promise.all(updates.filter((u) => u.message?.chat.id === chat).map((u) => messages.repliesTo(`telegram:${u.update_id}`)))).flat();
      const accepted = () => calls.filter((c) => c.chat === String(chat) && !c.refused);
      await expect.poll(() => accepted().length, { timeout: 60_000 }).toBeGreaterThanOrEqual(expected.length);
      expect(accepted().map((c) => c.text)).toEqual(expected.map((r) => r.text));
      for (const reply of expected) await expect.poll(async () => (await messages.getOutbound(reply._id))?.status, { timeout: 15_000 }).toBe('sent');
    }

    const refusals = calls.filter((c) => c.refused);
    expect(refusals.length).toBeGreaterThanOrEqual(Math.floor(calls.length / 5));
    for (const refusal of refusals) {
      const early = calls.filter((c) => c !== refusal && c.chat === refusal.chat && c.at >= refusal.at && c.at < refusal.at + RETRY_AFTER_S * 1000);
      expect(early, `a call to a chat within ${RETRY_AFTER_S} s of its 429`).toEqual([]);
    }
  }, 120_000);
});
