import { describe, expect, it } from 'vitest';
import { SHARE_PHONE_CHOICE } from '../../../src/app/link-phone.js';
import { replyMarkupOf, splitText } from '../../../src/channels/telegram/telegram-markup.js';

describe('replyMarkupOf', () => {
  it('has no keyboard for a plain text', () => {
    expect(replyMarkupOf({ text: 'Halo' })).toBeUndefined();
  });

  it('gives one inline button per choice with the choice number as callback data', () => {
    const markup = replyMarkupOf({ text: 'Jenis kelamin?', choices: [{ id: 'm', label: 'Laki-laki' }, { id: 'f', label: 'Perempuan' }] });
    expect(markup).toEqual({ inline_keyboard: [[{ text: 'Laki-laki', callback_data: '1' }], [{ text: 'Perempuan', callback_data: '2' }]] });
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
