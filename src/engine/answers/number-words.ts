// Small counts written as words, as in "dua hari lalu", "three days ago", "tilu poe kapengker".
const WORDS: Readonly<Record<string, number>> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  hiji: 1, tilu: 3, opat: 4, genep: 6, dalapan: 8, salapan: 9, sapuluh: 10,
};

/**
 * A small whole number typed in digits or as a word in Indonesian, English or Sundanese.
 *
 * @example
 * countWord('3');    // 3
 * countWord('tilu'); // 3
 * countWord('many'); // undefined
 */
export function countWord(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  // Own keys only: a word like "constructor" must not read Object.prototype's.
  return Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
}
