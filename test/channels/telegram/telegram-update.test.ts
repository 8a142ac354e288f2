import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { callbackQueryIdOf, parseTelegramUpdate, tappedMessageOf, toE164 } from '../../../src/channels/telegram/telegram-update.js';

const at = new Date('2026-03-09T02:00:00Z');
const user = { id: 5001, is_bot: false, first_name: 'Siti' };
const chat = { id: 5001, type: 'private' as const, first_name: 'Siti' };
const message = (fields: Record<string, unknown>) => ({ update_id: 900, message: { message_id: 1, date: 0, chat, from: user, ...fields } }) as unknown as Update;

describe('parseTelegramUpdate', () => {
  it.each([
    ['plain text', message({ text: 'Budi' }), 'Budi'],
    ['/start', message({ text: '/start' }), '/start'],
    ['/start with a deep-link payload', message({ text: '/start kader_mawar' }), '/start'],
    ['/menu addressed to the bot', message({ text: '/menu@PosyanduBot' }), '/menu'],
    ['/bantuan', message({ text: '/bantuan' }), '/bantuan'],
    ['/bahasa', message({ text: '/bahasa' }), '/bahasa'],
    ['/berhenti', message({ text: '/BERHENTI' }), '/berhenti'],
  ])('%s', (_name, update, text) => {
    expect(parseTelegramUpdate(update, at)).toEqual([{ channel: 'telegram', address: '5001', platformId: '900', text, receivedAt: at }]);
  });

  const tap = (data: string) => ({ update_id: 901, callback_query: { id: 'cq1', from: user, chat_instance: 'x', data, message: { message_id: 3, date: 0, chat } } }) as unknown as Update;

  it('turns a tapped inline button into the choice number and the question it was shown with', () => {
    const update = tap('k3x9b:2');
    expect(parseTelegramUpdate(update, at)).toEqual([{ channel: 'telegram', address: '5001', platformId: '901', text: '2', question: 'k3x9b', receivedAt: at }]);
    expect(callbackQueryIdOf(update)).toBe('cq1');
    expect(tappedMessageOf(update)).toEqual({ chat: 5001, messageId: 3 });
  });

  it.each([
    ['a bare number (a keyboard from before buttons named their question)', '2', '2'],
    ['data that is no payload of ours', 'promo', 'promo'],
  ])('gives %s no question it could answer', (_name, data, text) => {
    expect(parseTelegramUpdate(tap(data), at)).toEqual([{ channel: 'telegram', address: '5001', platformId: '901', text, question: '', receivedAt: at }]);
  });

  it.each([
    ['a photo with a caption', { photo: [{ file_id: 'f1', file_unique_id: 'u1', width: 90, height: 90 }], caption: 'bb 8,5 tb 72' }, 'bb 8,5 tb 72', 'photo'],
    ['a photo without one', { photo: [{ file_id: 'f1', file_unique_id: 'u1', width: 90, height: 90 }] }, '', 'photo'],
    ['a document with a caption', { document: { file_id: 'f2', file_unique_id: 'u2' }, caption: 'BB 9,1' }, 'BB 9,1', 'document'],
  ])('reads %s as its caption', (_name, fields, text, attachment) => {
    expect(parseTelegramUpdate(message(fields), at)).toEqual([{ channel: 'telegram', address: '5001', platformId: '900', text, attachment, receivedAt: at }]);
  });

  it('refuses a caption of the wrong type', () => {
    expect(parseTelegramUpdate(message({ photo: [], caption: { $ne: null } }), at)).toEqual([]);
  });

  it('takes the user’s own shared contact as their phone number', () => {
    const update = message({ contact: { phone_number: '628111000002', first_name: 'Siti', user_id: 5001 } });
    expect(parseTelegramUpdate(update, at)).toEqual([
      { channel: 'telegram', address: '5001', platformId: '900', text: '+628111000002', sharedPhone: '+628111000002', receivedAt: at },
    ]);
  });

  it.each([
    ['someone else’s contact card', message({ contact: { phone_number: '628111000002', first_name: 'Ani', user_id: 777 } })],
    ['a contact card without a Telegram user', message({ contact: { phone_number: '628111000002', first_name: 'Ani' } })],
    ['a sticker', message({ sticker: { file_id: 'x' } })],
    ['a group message', { update_id: 5, message: { message_id: 1, date: 0, chat: { id: -100, type: 'group', title: 'g' }, from: user, text: 'menu' } } as unknown as Update],
    ['an edited message', { update_id: 6, edited_message: { message_id: 1, date: 0, chat, from: user, text: 'x' } } as unknown as Update],
  ])('ignores %s', (_name, update) => {
    expect(parseTelegramUpdate(update, at)).toEqual([]);
  });
});

describe('toE164', () => {
  it.each([
    ['628111000002', '+628111000002'],
    ['+62 811-1000-002', '+628111000002'],
    ['12', null],
  ])('%s → %s', (raw, phone) => {
    expect(toE164(raw)).toBe(phone);
  });
});
