import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReachable } from '../../../src/app/reachability.js';
import type { TestBot } from '../../helpers/services.js';
import { deliver, SECRET, postUpdate, startTelegramBot, TOKEN, textUpdate } from './telegram-bot.js';

const API = 'http://bot-api.telegram.test';
const BLOCKED_CHAT = 666;
const blocked = new Set([String(BLOCKED_CHAT)]);

describe('Telegram webhook (Fastify inject, real MongoDB-wire + Redis, Bot API on nock)', () => {
  let bot: TestBot;
  const sent: Array<{ method: string; body: Record<string, unknown> }> = [];

  beforeAll(async () => {
    nock(API)
      .persist()
      .post(new RegExp(`^/bot${TOKEN}/(sendMessage|sendPhoto|answerCallbackQuery)$`))
      .reply((uri, body) => {
        const method = uri.split('/').pop()!;
        const payload = body as Record<string, unknown>;
        if (blocked.has(String(payload.chat_id))) return [403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }];
        sent.push({ method, body: payload });
        return [200, { ok: true, result: method === 'answerCallbackQuery' ? true : { message_id: sent.length, date: 0, chat: { id: Number(payload.chat_id), type: 'private' } } }];
      });
    bot = await startTelegramBot(API);
  });
  afterAll(async () => {
    await bot.close();
    nock.cleanAll();
  });

  it('accepts an update with the right secret, processes it and sends the replies through the Bot API', async () => {
    const replies = await deliver(bot, textUpdate(501, '/start'));
    expect(replies.map((r) => r.text).join('\n')).toContain('Selamat datang');
    await expect.poll(() => sent.filter((s) => s.body.chat_id === '501').length, { timeout: 15_000 }).toBe(replies.length);
    const keyboard = sent.find((s) => s.body.chat_id === '501' && JSON.stringify(s.body.reply_markup ?? '').includes('inline_keyboard'));
    const question = expect.stringMatching(/^[0-9a-z]+:/);
    expect(keyboard?.body.reply_markup).toMatchObject({ inline_keyboard: [[{ callback_data: question }], [{ callback_data: question }], [{ callback_data: question }]] });
    const share = sent.find((s) => s.body.chat_id === '501' && JSON.stringify(s.body.reply_markup ?? '').includes('request_contact'));
    expect(share).toBeDefined();
  });

  it('answers a redelivered update 200 without processing it again', async () => {
    const update = textUpdate(502, '/start');
    const first = await deliver(bot, update);
    const again = await postUpdate(bot, update);
    expect(again.statusCode).toBe(200);
    expect(await bot.container.deps.messages.repliesTo(`telegram:${update.update_id}`)).toHaveLength(first.length);
  });

  it.each([
    ['a missing secret', null],
    ['a wrong secret', 'webhook-secret-0123456789abcdeX'],
    ['a short secret', 'x'],
  ])('refuses %s with 401 and records nothing', async (_name, secret) => {
    const update = textUpdate(503, 'halo');
    const res = await postUpdate(bot, update, secret);
    expect(res.statusCode).toBe(401);
    expect(await bot.container.deps.messages.getInbound(`telegram:${update.update_id}`)).toBeNull();
  });

  it('answers 404 for another bot id', async () => {
    const res = await postUpdate(bot, textUpdate(504, 'halo'), SECRET, '987654321');
    expect(res.statusCode).toBe(404);
  });

  it('marks the address unreachable when the person blocked the bot, and clears it when they write again', async () => {
    const update = textUpdate(BLOCKED_CHAT, '/start');
    const replies = await deliver(bot, update);
    await expect.poll(async () => (await bot.container.deps.contacts.findByAddress('telegram', String(BLOCKED_CHAT)))?.unreachable?.length, { timeout: 15_000 }).toBe(1);
    const contact = await bot.container.deps.contacts.findByAddress('telegram', String(BLOCKED_CHAT));
    expect(contact?.unreachable).toEqual([expect.objectContaining({ channel: 'telegram', address: String(BLOCKED_CHAT), reason: expect.stringContaining('blocked') })]);
    expect(isReachable(contact!)).toBe(false);
    const failed = await bot.container.deps.messages.getOutbound(replies[0]!._id);
    expect(failed?.status).toBe('failed');
    expect(failed?.error).toContain('blocked');

    for (const reply of replies) await expect.poll(async () => (await bot.container.deps.messages.getOutbound(reply._id))?.status, { timeout: 15_000 }).toBe('failed');
    blocked.delete(String(BLOCKED_CHAT));
    await deliver(bot, textUpdate(BLOCKED_CHAT, '1'));
    const after = await bot.container.deps.contacts.findByAddress('telegram', String(BLOCKED_CHAT));
    expect(after?.unreachable).toEqual([]);
    expect(isReachable(after!)).toBe(true);
  });

  it('answers 5xx when the update cannot be stored, so Telegram delivers it again', async () => {
    await bot.container.models.connection.close();
    const res = await postUpdate(bot, textUpdate(505, 'halo'));
    expect(res.statusCode).toBeGreaterThanOrEqual(500);
  });
});
