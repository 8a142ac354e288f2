import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOD_NOTE_KEY } from '../../src/app/reply-limit.js';
import { postUpdate, SECRET, TOKEN, textUpdate } from '../channels/telegram/telegram-bot.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { recordTelegramDeliveries, type Delivery } from '../helpers/telegram-sends.js';

const API = 'http://bot-api.reply-flood.test';
const LIMIT = 12;
const FLOOD = 40;
const FLOODER = 7201;
const QUIET = 7202;

/**
 * Issue: one chat could flood everyone (500 messages from one contact, 875 replies, no throttle).
 * One chat floods the bot while another talks normally: the flooding chat gets at most LIMIT
 * replies and one note in its language, everything it wrote is still recorded and processed, and
 * the other chat gets every reply, in order.
 */
describe('reply flood: one chat is limited, the others are not', () => {
  let bot: TestBot;
  let received: Delivery[] = [];

  beforeAll(async () => {
    received = recordTelegramDeliveries(API, TOKEN);
    bot = await startTestBot({
      env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API, TELEGRAM_CHAT_INTERVAL_MS: '0', REPLY_LIMIT_PER_CHAT: String(LIMIT), REPLY_LIMIT_WINDOW_SECONDS: '600' },
    });
  });
  afterAll(async () => {
    await bot.close();
    nock.cleanAll();
  });

  it('gives the flooding chat at most the limit and one note, and the other chat all its replies', async () => {
    const texts = ['/start', 'halo', 'menu', 'bantuan'];
    const flood = Array.from({ length: FLOOD }, (_, i) => textUpdate(FLOODER, texts[i % texts.length]!));
    const quiet = ['/start', 'menu', 'bantuan'].map((text) => textUpdate(QUIET, text));
    // The quiet chat writes in the middle of the flood.
    const updates = [...flood.slice(0, 10), quiet[0]!, ...flood.slice(10, 20), quiet[1]!, ...flood.slice(20, 30), quiet[2]!, ...flood.slice(30)];
    for (const update of updates) expect((await postUpdate(bot, update)).statusCode).toBe(200);

    // Everything the flooding chat wrote is recorded and processed: only answers are held back.
    const { messages, engine } = bot.container.deps;
    await expect.poll(async () => (await Promise.all(updates.map(async (u) => (await messages.getInbound(`telegram:${u.update_id}`))?.status))).filter((s) => s === 'processed').length, { timeout: 60_000 }).toBe(updates.length);

    const quietExpected = (await Promise.all(quiet.map((u) => messages.repliesTo(`telegram:${u.update_id}`)))).flat();
    expect(quietExpected.length).toBeLessThanOrEqual(LIMIT);
    await expect.poll(() => received.filter((r) => r.chat === String(QUIET)).length, { timeout: 30_000 }).toBe(quietExpected.length);
    expect(received.filter((r) => r.chat === String(QUIET)).map((r) => r.text)).toEqual(quietExpected.map((r) => r.text));

    const note = engine.translate('id', FLOOD_NOTE_KEY, { minutes: 10 });
    await expect.poll(() => received.some((r) => r.chat === String(FLOODER) && r.text === note), { timeout: 30_000 }).toBe(true);
    const toFlooder = received.filter((r) => r.chat === String(FLOODER));
    expect(toFlooder.length).toBeLessThanOrEqual(LIMIT + 1);
    expect(toFlooder.filter((r) => r.text === note)).toHaveLength(1);
    expect(toFlooder.at(-1)?.text).toBe(note);

    // The held-back answers are on record, marked as dropped, never sent; a message's replies are what went out.
    const outbound = bot.container.models.outbound;
    // Addresses are sealed at rest: the flooder's messages are found by their contact.
    const flooder = (await bot.container.deps.contacts.findByAddress('telegram', String(FLOODER)))!;
    expect(await outbound.countDocuments({ contactId: flooder._id, status: 'dropped' })).toBeGreaterThan(FLOOD);
    expect(await outbound.countDocuments({ contactId: flooder._id, status: 'sent' })).toBe(toFlooder.length);
    const floodReplies = (await Promise.all(flood.map((u) => messages.repliesTo(`telegram:${u.update_id}`)))).flat();
    expect(floodReplies.map((r) => r.text)).toEqual(toFlooder.map((r) => r.text));
    // The quiet chat's replies did not wait behind the flood's: at most the flooder's allowance went before its last one.
    const lastQuiet = received.map((r) => r.chat).lastIndexOf(String(QUIET));
    expect(received.slice(0, lastQuiet).filter((r) => r.chat === String(FLOODER)).length).toBeLessThanOrEqual(LIMIT + 1);
  }, 120_000);
});
