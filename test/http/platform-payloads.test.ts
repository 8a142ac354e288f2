import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { capturedLogger } from '../channels/whatsapp-baileys/log-capture.js';
import { ALL_INPUTS_ENV, cloudBody, postCloud, postTelegram } from './bot-env.js';

const PHONE = '628111000071';

/**
 * Payload fields of the wrong type, each once seen to do harm before payloads had schemas: an
 * operator as a status id, an object as an address, a number as a text, a message without its chat.
 * Each is acknowledged 200 (a platform retries a 5xx for days), stores nothing and is logged without
 * its contents.
 */
describe('platform payloads are checked against their schema before a field is read', () => {
  let bot: TestBot;
  const { log, lines } = capturedLogger();
  const text = () => JSON.stringify(lines);

  beforeAll(async () => {
    bot = await startTestBot({ workers: false, env: ALL_INPUTS_ENV, log });
  });
  afterAll(() => bot.close());

  it('a WhatsApp status whose id is an operator marks no message failed', async () => {
    const { messages } = bot.container.deps;
    await messages.recordOutbound([
      { _id: 'out_other', contactId: 'c-other', channel: 'whatsapp-cloud', address: '628111000072', kind: 'reply', text: 'Halo', choices: null, image: null, inReplyTo: null, status: 'sent', error: null, createdAt: new Date(0), seq: 0, sentAt: null },
    ]);
    await messages.notePlatformId('out_other', 'wamid.OTHER');
    const res = await postCloud(bot, cloudBody({ statuses: [{ id: { $ne: null }, status: 'failed', timestamp: '1773021000', recipient_id: PHONE, errors: [{ code: 131026 }] }] }));
    expect(res.statusCode).toBe(200);
    const other = await messages.getOutbound('out_other');
    expect(other?.deliveryStatus ?? null).toBeNull();
    expect(other?.deliveryError ?? null).toBeNull();
  });

  it('a WhatsApp sender that is an object makes no key and no contact', async () => {
    const res = await postCloud(bot, cloudBody({ messages: [{ from: { $gt: '' }, id: 'wamid.OBJ', timestamp: '1773021000', type: 'text', text: { body: 'menu' } }] }));
    expect(res.statusCode).toBe(200);
    const keys = await bot.container.redis.keys(`${bot.container.env.QUEUE_PREFIX}*`);
    expect(keys.filter((k) => k.includes('object'))).toEqual([]);
    expect(await bot.container.deps.messages.getInbound('whatsapp-cloud:wamid.OBJ')).toBeNull();
  });

  it('a WhatsApp text body that is a number is acknowledged, and the good message beside it is kept', async () => {
    const res = await postCloud(bot, cloudBody({
      messages: [
        { from: PHONE, id: 'wamid.NUM', timestamp: '1773021000', type: 'text', text: { body: 123 } },
        { from: PHONE, id: 'wamid.GOOD', timestamp: '1773021001', type: 'text', text: { body: 'menu' } },
      ],
    }));
    expect(res.statusCode).toBe(200);
    expect(await bot.container.deps.messages.getInbound('whatsapp-cloud:wamid.NUM')).toBeNull();
    expect(await bot.container.deps.messages.getInbound('whatsapp-cloud:wamid.GOOD')).toMatchObject({ address: PHONE, text: 'menu' });
  });

  it('a Telegram chat id that is an object is not stored as an address', async () => {
    const res = await postTelegram(bot, { update_id: 880001, message: { message_id: 1, date: 0, chat: { id: { $gt: 0 }, type: 'private' }, from: { id: 5, is_bot: false, first_name: 'x' }, text: '/start' } });
    expect(res.statusCode).toBe(200);
    expect(await bot.container.deps.messages.getInbound('telegram:880001')).toBeNull();
    expect(await bot.container.deps.contacts.findByAddress('telegram', '[object Object]')).toBeNull();
  });

  it('a Telegram message without a chat is acknowledged, not a 500', async () => {
    const res = await postTelegram(bot, { update_id: 880002, message: { message_id: 1, date: 0, text: '/start' } });
    expect(res.statusCode).toBe(200);
    expect(await bot.container.deps.messages.getInbound('telegram:880002')).toBeNull();
  });

  it('a Telegram update without an update id is acknowledged and dropped', async () => {
    const res = await postTelegram(bot, { update_id: '880003', message: { message_id: 1, date: 0, chat: { id: 42, type: 'private' }, text: '/start' } });
    expect(res.statusCode).toBe(200);
    expect(await bot.container.deps.messages.getInbound('telegram:880003')).toBeNull();
  });

  it('a simulator sender of only spaces is a 400 that says what to send, not a 500', async () => {
    for (const from of ['   ', '\t\n']) {
      const res = await bot.app.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from, text: 'halo' } });
      expect(res.statusCode, JSON.stringify(from)).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
  });

  it('logs each rejection at warn with where it broke, never what it held', () => {
    const rejected = lines.filter((l) => l.msg.startsWith('platform payload rejected'));
    expect(rejected.length).toBeGreaterThanOrEqual(5);
    expect(rejected.every((l) => l.level === 40)).toBe(true);
    expect(rejected.map((l) => (l as unknown as { issues: Array<{ path: string }> }).issues[0]!.path)).toEqual(
      expect.arrayContaining(['entry.0.changes.0.value.statuses.0.id', 'entry.0.changes.0.value.messages.0.from', 'entry.0.changes.0.value.messages.0.text.body', 'message.chat.id', 'message.chat']),
    );
    expect(text()).not.toContain(PHONE);
    expect(text()).not.toContain('$ne');
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});
