import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postUpdate, startTelegramBot, TOKEN, textUpdate } from '../channels/telegram/telegram-bot.js';
import type { TestBot } from '../helpers/services.js';
import { recordTelegramDeliveries, type Delivery } from '../helpers/telegram-sends.js';

const API = 'http://bot-api.turn-order.test';
const TEXTS = ['/start', 'halo', 'menu', 'bantuan', 'menu', 'halo', 'bahasa', 'menu', 'bantuan', 'menu'];

/**
 * Issue: replies of different turns interleaved on Telegram (turn 1's "Pilih bahasa" after the
 * replies to turns 2 and 3). A person writes ten messages in a burst while the Bot API answers
 * slowly; Telegram must receive every reply of a turn before any reply of the next turn.
 */
describe('turn order on Telegram: all replies of a turn reach the chat before any of the next', () => {
  let bot: TestBot;
  let received: Delivery[] = [];

  beforeAll(async () => {
    received = recordTelegramDeliveries(API, TOKEN, 25);
    bot = await startTelegramBot(API);
  });
  afterAll(async () => {
    await bot.close();
    nock.cleanAll();
  });

  it('keeps each chat\'s turns in order during a burst of updates from two chats', async () => {
    const chats = [7101, 7102];
    const updates = TEXTS.flatMap((text) => chats.map((chat) => textUpdate(chat, text)));
    // The burst: each update posted as soon as the last was accepted, none waiting for its replies.
    for (const update of updates) expect((await postUpdate(bot, update)).statusCode).toBe(200);
    const { messages } = bot.container.deps;
    await expect.poll(async () => (await Promise.all(updates.map(async (u) => (await messages.getInbound(`telegram:${u.update_id}`))?.status))).every((s) => s === 'processed'), { timeout: 30_000 }).toBe(true);

    for (const chat of chats) {
      const turns = updates.filter((u) => u.message?.chat.id === chat);
      const expected = (await Promise.all(turns.map((u) => messages.repliesTo(`telegram:${u.update_id}`)))).flat().map((r) => r.text);
      expect(expected.length).toBeGreaterThan(TEXTS.length);
      await expect.poll(() => received.filter((r) => r.chat === String(chat)).length, { timeout: 30_000 }).toBe(expected.length);
      expect(received.filter((r) => r.chat === String(chat)).map((r) => r.text)).toEqual(expected);
    }
  });
});
