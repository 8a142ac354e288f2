import { describe, expect, it } from 'vitest';
import { parsePhone, type PhoneOptions } from '../../../src/engine/answers/index.js';

describe('parsePhone reads', () => {
  it.each<[string, string, PhoneOptions?]>([
    ['0812-3456-7890', '+6281234567890'],
    ['081234567890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62-812-3456-7890', '+6281234567890'],
    ['+62 (0)812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['62 812 3456 7890', '+6281234567890'],
    ['81234567890', '+6281234567890'],
    ['812 3456 7890', '+6281234567890'],
    ['0857-1234-5678', '+6285712345678'],
    ['0878 1234 5678', '+6287812345678'],
    ['no hp saya 0812 3456 7890 ya', '+6281234567890'],
    ['WA: 0812-3456-7890', '+6281234567890'],
    ['０８１２３４５６７８９０', '+6281234567890'],
    ['+44 7911 123456', '+447911123456'],
    ['021-5551234', '+62215551234', { mobileOnly: false }],
    ['07911 123456', '+447911123456', { defaultCountry: 'GB' }],
  ])('%j → %s', (text, expected, options) => {
    expect(parsePhone(text, options)).toEqual({ ok: true, value: expected });
  });
});

describe('parsePhone refuses', () => {
  it.each([
    ['', 'empty'],
    ['abc', 'not_a_phone'],
    ['08123', 'not_a_phone'],
    ['0000000000', 'not_a_phone'],
    ['+628123456789012345', 'not_a_phone'],
    ['0812 3456 7890 / 0813 1111 2222', 'not_a_phone'],
    ['021-5551234', 'not_a_mobile'],
    ['(022) 2034567', 'not_a_mobile'],
    ['62-21-5551234', 'not_a_mobile'],
  ])('%j → %s', (text, reason) => {
    expect(parsePhone(text)).toEqual(reason === 'empty' ? { ok: false, reason } : { ok: false, reason, params: { example: '0812-3456-7890' } });
  });
});
