import { describe, expect, it } from 'vitest';
import { SHARE_PHONE_CHOICE } from '../../../src/app/link-phone.js';
import { readButtonPayload } from '../../../src/channels/button-payload.js';
import { replyMarkupOf, splitText } from '../../../src/channels/telegram/telegram-markup.js';
import { questionIdOf } from '../../../src/engine/index.js';

describe('replyMarkupOf', () => {
  it('has no keyboard for a plain text', () => {
    expect(replyMarkupOf({ text: 'Halo' })).toBeUndefined();
  });

  it('gives one inline button per choice whose callback data is the question id and the choice number', () => {
    const markup = replyMarkupOf({ text: 'Jenis kelamin?', choices: [{ id: 'm', label: 'Laki-laki' }, { id: 'f', label: 'Perempuan' }], question: 'k3x9b' });
    expect(markup).toEqual({ inline_keyboard: [[{ text: 'Laki-laki', callback_data: 'k3x9b:1' }], [{ text: 'Perempuan', callback_data: 'k3x9b:2' }]] });
  });

  it('stays within Telegram\'s 64 bytes of callback data for the longest question id', () => {
    const question = questionIdOf({ token: `c_${'x'.repeat(200)}:99999`, expiresAt: '2099-12-31T23:59:59.999Z' });
    const markup = replyMarkupOf({ text: 'Pilih', choices: Array.from({ length: 99 }, (_, i) => ({ id: String(i), label: String(i) })), question }) as { inline_keyboard: Array<Array<{ callback_data: string }>> };
    for (const [button] of markup.inline_keyboard) expect(Buffer.byteLength(button!.callback_data)).toBeLessThanOrEqual(64);
    expect(readButtonPayload(markup.inline_keyboard[98]![0]!.callback_data)).toEqual({ text: '99', question });
  });

  it('asks for the phone with a request_contact reply button', () => {
    const markup = replyMarkupOf({ text: 'Bagikan nomor', choices: [{ id: SHARE_PHONE_CHOICE, label: '📱 Bagikan nomor HP' }] });
    expect(markup).toEqual({ keyboard: [[{ text: '📱 Bagikan nomor HP', request_contact: true }]], resize_keyboard: true, one_time_keyboard: true });
  });
});

describe('splitText', () => {
  it.each([
    ['short', 'abc', 10, ['abc']],
    ['at line breaks', 'aaaa\nbbbb\ncc', 9, ['aaaa\nbbbb', 'cc']],
    ['a very long line hard', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
  ])('%s', (_name, text, limit, parts) => {
    expect(splitText(text, limit)).toEqual(parts);
    expect(parts.join('').replaceAll('\n', '')).toBe(text.replaceAll('\n', ''));
  });
});
