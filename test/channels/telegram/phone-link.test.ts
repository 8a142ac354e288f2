import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_PHONE_CHOICE } from '../../../src/app/link-phone.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import type { TestBot } from '../../helpers/services.js';
import { contactUpdate, deliver, startTelegramBot, TOKEN, textUpdate } from './telegram-bot.js';

const API = 'http://bot-api.telegram.test';

describe('linking a Telegram chat to a phone number (shared contact)', () => {
  let bot: TestBot;

  beforeAll(async () => {
    nock(API)
      .persist()
      .post(new RegExp(`^/bot${TOKEN}/`))
      .reply(200, { ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: 'private' } } });
    bot = await startTelegramBot(API, (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z'), { origin: 'platform' }));
  });
  afterAll(async () => {
    await bot.close();
    nock.cleanAll();
  });

  it('offers the share button on /start while the phone is unknown', async () => {
    const replies = await deliver(bot, textUpdate(7001, '/start'));
    const offer = replies.find((r) => r.choices?.some((c) => c.id === SHARE_PHONE_CHOICE))!;
    expect(offer.choices).toEqual([{ id: SHARE_PHONE_CHOICE, label: '📱 Bagikan nomor HP' }]);
    expect(offer.text).toContain('Bagikan nomor HP');
  });

  it('joins the chat to the contact that already has the phone (one person, two channels)', async () => {
    const before = await bot.container.deps.contacts.findByAddress('telegram', '7001');
    expect(before?._id).not.toBe('c-demo-parent');

    const replies = await deliver(bot, contactUpdate(7001, '628111000001'));
    expect(replies.map((r) => r.text)).toEqual([expect.stringContaining('sudah tersambung')]);

    const linked = await bot.container.deps.contacts.findByAddress('telegram', '7001');
    expect(linked?._id).toBe('c-demo-parent');
    expect(linked?.lastChannel).toBe('telegram');
    expect(await bot.container.deps.contacts.get(before!._id)).toBeNull();
    expect(await bot.container.deps.contacts.findByAddress('simulator', '+628111000001')).toMatchObject({ _id: 'c-demo-parent' });

    // The parent now sees their own menu and children on Telegram.
    const menu = await deliver(bot, textUpdate(7001, '/menu'));
    expect(menu.at(-1)?.choices?.length).toBeGreaterThan(0);
  });

  it('sets the phone on a new chat so onboarding recognises a registered kader', async () => {
    await deliver(bot, textUpdate(7002, '/start'));
    const saved = await deliver(bot, contactUpdate(7002, '+62 811-1000-002'));
    expect(saved.map((r) => r.text)).toEqual([expect.stringContaining('sudah tersimpan')]);
    expect((await bot.container.deps.contacts.findByAddress('telegram', '7002'))?.phone).toBe('+628111000002');

    await deliver(bot, textUpdate(7002, '1')); // Bahasa Indonesia
    const afterConsent = await deliver(bot, textUpdate(7002, 'ya'));
    expect(afterConsent.map((r) => r.text).join('\n')).toContain('terdaftar sebagai kader di Posyandu Mawar');
    expect((await bot.container.deps.contacts.findByAddress('telegram', '7002'))?.role).toBe('kader');
  });

  it('gives a registered staff phone its role to someone who had onboarded as a parent', async () => {
    await deliver(bot, textUpdate(7005, '/start'));
    const contact = await bot.container.deps.contacts.findByAddress('telegram', '7005');
    await bot.container.deps.contacts.update(contact!._id, { role: 'parent', consentAt: new Date('2026-03-09T02:00:00Z'), consentVersion: 1 });
    await deliver(bot, contactUpdate(7005, '628111000003'));
    expect(await bot.container.deps.contacts.get(contact!._id)).toMatchObject({ phone: '+628111000003', role: 'lurah', kelurahanId: expect.any(String) });
  });

  it('links a chat whose very first message is the shared contact', async () => {
    const replies = await deliver(bot, contactUpdate(7003, '628111000005'));
    expect(replies.map((r) => r.text)).toEqual([expect.stringContaining('sudah tersambung')]);
    expect((await bot.container.deps.contacts.findByAddress('telegram', '7003'))?._id).toBe('c-demo-parent-2');
  });

  it('ignores a contact card of someone else', async () => {
    const update = contactUpdate(7004, '628111000003', 999);
    const res = await bot.app.inject({ method: 'POST', url: '/webhooks/telegram/123456789', headers: { 'x-telegram-bot-api-secret-token': 'webhook-secret-0123456789abcdef' }, payload: update });
    expect(res.statusCode).toBe(200);
    expect(await bot.container.deps.messages.getInbound(`telegram:${update.update_id}`)).toBeNull();
    expect(await bot.container.deps.contacts.findByAddress('telegram', '7004')).toBeNull();
  });
});
