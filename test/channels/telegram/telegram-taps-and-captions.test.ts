import type { Update } from 'grammy/types';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/main/seed-demo.js';
import type { TestBot } from '../../helpers/services.js';
import { contactUpdate, deliver, startTelegramBot, TOKEN, textUpdate } from './telegram-bot.js';

const API = 'http://bot-api.taps.telegram.test';
const PARENT_CHAT = 7301;
let nextUpdate = 50_000;

function tapUpdate(chatId: number, data: string, messageId: number): Update {
  const chat = { id: chatId, type: 'private', first_name: 'T' };
  return { update_id: nextUpdate++, callback_query: { id: `cq${nextUpdate}`, from: { id: chatId, is_bot: false, first_name: 'T' }, chat_instance: 'x', data, message: { message_id: messageId, date: 0, chat } } } as unknown as Update;
}

function photoUpdate(chatId: number, caption?: string): Update {
  const message = { message_id: nextUpdate, date: 0, chat: { id: chatId, type: 'private', first_name: 'T' }, from: { id: chatId, is_bot: false, first_name: 'T' }, photo: [{ file_id: 'f', file_unique_id: 'u', width: 90, height: 90 }], ...(caption ? { caption } : {}) };
  return { update_id: nextUpdate++, message } as unknown as Update;
}

/**
 * Buttons name their question and captions are read, through the webhook, the conversation worker
 * and the Bot API (nock): a stale tap is told the question is closed, a tapped keyboard is removed,
 * a KMS card photo captioned "bb 8,5 tb 72" starts the measurement flow, a photo alone gets a reply.
 */
describe('Telegram taps and captions (webhook, real MongoDB-wire + Redis, Bot API on nock)', () => {
  let bot: TestBot;
  const calls: Array<{ method: string; body: Record<string, unknown> }> = [];

  beforeAll(async () => {
    nock(API)
      .persist()
      .post(new RegExp(`^/bot${TOKEN}/\\w+$`))
      .reply((uri, body) => {
        const method = uri.split('/').pop()!;
        calls.push({ method, body: body as Record<string, unknown> });
        const result = method === 'answerCallbackQuery' || method === 'editMessageReplyMarkup' ? true : { message_id: calls.length, date: 0, chat: { id: 1, type: 'private' } };
        return [200, { ok: true, result }];
      });
    bot = await startTelegramBot(API, (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z'), { origin: 'platform' }));
  });
  afterAll(async () => {
    await bot.close();
    nock.cleanAll();
  });

  const texts = (replies: Array<{ text: string }>) => replies.map((r) => r.text);

  it('answers a tap on a closed question "that question is closed", shows the open one again, and removes the tapped keyboard', async () => {
    await deliver(bot, textUpdate(PARENT_CHAT, '/start'));
    // The demo parent Ibu Siti (Budi and Sari) shares her number: this chat is her.
    await deliver(bot, contactUpdate(PARENT_CHAT, '628111000001'));
    const menu = (await deliver(bot, textUpdate(PARENT_CHAT, '/menu'))).at(-1)!;
    expect(menu.question).toMatch(/^[0-9a-z]+$/);
    const children = await deliver(bot, tapUpdate(PARENT_CHAT, `${menu.question}:1`, 41));
    expect(texts(children).join('\n')).toContain('Budi');

    const whichChild = (await deliver(bot, textUpdate(PARENT_CHAT, 'lapor'))).at(-1)!;
    expect(whichChild.choices?.length).toBeGreaterThan(0);
    // Yesterday's menu "1" while "which child?" is open: not an answer to it.
    const stale = await deliver(bot, tapUpdate(PARENT_CHAT, `${menu.question}:1`, 41));
    expect(texts(stale)).toEqual(['Pertanyaan itu sudah ditutup, jadi pilihan tadi tidak kami pakai. Ini yang sedang ditanyakan sekarang:', whichChild.text]);
    expect(stale[1]!.question).toBe(whichChild.question);

    await expect.poll(() => calls.filter((c) => c.method === 'editMessageReplyMarkup').length, { timeout: 15_000 }).toBe(2);
    const removed = calls.find((c) => c.method === 'editMessageReplyMarkup')!;
    expect(removed.body).toEqual({ chat_id: PARENT_CHAT, message_id: 41 });
  });

  it('reads a photo caption as the message: a KMS card captioned "bb 8,5 tb 72" starts the measurement flow', async () => {
    await deliver(bot, textUpdate(PARENT_CHAT, 'batal'));
    const replies = await deliver(bot, photoUpdate(PARENT_CHAT, 'bb 8,5 tb 72'));
    expect(texts(replies)).toEqual(['Untuk anak yang mana?']);
    expect(replies[0]!.choices?.map((c) => c.label)).toEqual(['Sari', 'Budi']);
  });

  it('answers a photo without a caption kindly and keeps the open question', async () => {
    const replies = await deliver(bot, photoUpdate(PARENT_CHAT));
    expect(texts(replies)).toEqual([expect.stringContaining('Saya hanya bisa membaca tulisan'), 'Untuk anak yang mana?']);
  });
});
