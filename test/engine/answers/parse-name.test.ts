import { describe, expect, it } from 'vitest';
import { readName } from '../../../src/engine/answers/index.js';

describe('readName', () => {
  it.each([
    ['Budi', 'Budi'],
    ['  siti   aisyah ', 'siti aisyah'],
    ["Nur'aini", "Nur'aini"],
    ['Muh. Rizki', 'Muh. Rizki'],
  ])('reads %j as a name', (text, name) => {
    expect(readName(text)).toBe(name);
  });

  it.each(['4', 'no 2', 'nggak', 'iya', 'ok', 'Budi 9,2', 'a', 'anak saya yang paling kecil itu', '👍'])('reads %j as no name', (text) => {
    expect(readName(text)).toBeUndefined();
  });
});
