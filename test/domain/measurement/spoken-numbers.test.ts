import { describe, expect, it } from 'vitest';
import { spellDigits } from '../../../src/domain/measurement/spoken-numbers.js';

describe('spellDigits writes numbers said in words in digits', () => {
  it.each<[string, string]>([
    ['delapan koma lima', '8,5'],
    ['8 koma 5', '8,5'],
    ['salapan koma dua', '9,2'],
    ['berat 9 titik 2', 'berat 9,2'],
    ['eight point five', '8,5'],
    ['tujuh puluh empat', '74'],
    ['dua ratus tujuh puluh empat', '274'],
    ['seratus dua', '102'],
    ['sembilan ribu dua ratus', '9200'],
    ['seribu seratus', '1100'],
    ['dua belas', '12'],
    ['tilu welas', '13'],
    ['rong puluh loro', '22'],
    ['seventy two', '72'],
    ['one hundred and five', '105'],
    ['delapan koma nol lima', '8,05'],
    ['tujuh setengah', '7,5'],
    ['8 setengah kilo', '8,5 kilo'],
    // Two numbers side by side are two numbers, never added up.
    ['dua tiga', '2 3'],
    ['sepuluh sebelas', '10 11'],
    // Words that are not numbers stay; "and" joins only number words.
    ['and dua', 'and 2'],
    ['koma lima', 'koma 5'],
    ['lima koma', '5 koma'],
    ['constructor koma', 'constructor koma'],
  ])('%s → %s', (text, expected) => {
    expect(spellDigits(text.split(' ')).join(' ')).toBe(expected);
  });
});
