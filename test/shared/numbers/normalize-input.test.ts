import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../../src/shared/numbers/normalize-input.js';

describe('normalizeInput', () => {
  it.each([
    ['  Ya  ', 'ya'],
    ['IYA\u00A0kak', 'iya kak'],
    ['a\u200Bb\u200C\u200Dc\uFEFF', 'abc'],
    ['  8,5\t\tkg \n', '8,5 kg'],
    ['Méi', 'mei'],
    ['Désémber', 'desember'],
    ['Pérémpuan', 'perempuan'],
    ['２', '2'],
    ['ＢＢ８', 'bb8'],
    ['2️⃣', '2'],
    ['✔️', '✔'],
    ['MENU', 'menu'],
    ['', ''],
    ['\u200B \u00A0', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeInput(input)).toBe(expected);
  });
});
