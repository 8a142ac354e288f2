import { NUMBER_WORDS } from '../../shared/vocabulary.js';

// Small counts written as words, as in "dua hari lalu", "three days ago", "tilu poe kapengker"; the
// words are data (locales/vocabulary/numbers.json, `counts`).
const WORDS: Readonly<Record<string, number>> = NUMBER_WORDS.counts;

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
