import { describe, expect, it } from 'vitest';
import { parseText, type TextOptions } from '../../../src/engine/answers/index.js';

describe('parseText', () => {
  it.each<[string, TextOptions, string]>([
    ['Ani', {}, 'Ani'],
    ['  Ani   Lestari \n', {}, 'Ani Lestari'],
    ['Jl. Melati\nRT 03/RW 05', {}, 'Jl. Melati RT 03/RW 05'],
    ['Siti\u200B Aminah', {}, 'Siti Aminah'],
    ['Désa Cikoneng', {}, 'Désa Cikoneng'],
    ['Ok', { minLength: 2 }, 'Ok'],
    ['👍👍', { maxLength: 2 }, '👍👍'],
    ['abcde', { minLength: 5, maxLength: 5 }, 'abcde'],
  ])('%j %j → %j', (text, options, expected) => {
    expect(parseText(text, options)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, TextOptions, unknown]>([
    ['', {}, { ok: false, reason: 'empty' }],
    [' \n\t\u200B', {}, { ok: false, reason: 'empty' }],
    ['A', { minLength: 2 }, { ok: false, reason: 'too_short', params: { min: 2 } }],
    ['abcdef', { maxLength: 5 }, { ok: false, reason: 'too_long', params: { max: 5, length: 6 } }],
    ['👍👍👍', { maxLength: 2 }, { ok: false, reason: 'too_long', params: { max: 2, length: 3 } }],
  ])('%j %j refused', (text, options, expected) => {
    expect(parseText(text, options)).toEqual(expected);
  });
});
