import { MONTH_WORDS } from '../../shared/vocabulary.js';

// The words are data (locales/vocabulary/months.json): full names as normalizeInput leaves them
// (Sundanese names differ from Indonesian only by accents, which it folds away), and abbreviations
// that are not prefixes of a full name.
const FULL_NAMES: ReadonlyArray<readonly string[]> = MONTH_WORDS.names;
const ABBREVIATIONS: Readonly<Record<string, number>> = MONTH_WORDS.abbreviations;

/**
 * The month (1–12) a typed word names: a full name in Indonesian, English or Sundanese, a common
 * abbreviation ("Mrt", "Agt"), or a prefix of at least three letters that names one month only.
 *
 * @example
 * monthNumber('maret'); // 3
 * monthNumber('mrt');   // 3
 * monthNumber('sept');  // 9
 * monthNumber('ju');    // undefined
 */
export function monthNumber(word: string): number | undefined {
  const fromAbbreviation = Object.hasOwn(ABBREVIATIONS, word) ? ABBREVIATIONS[word] : undefined;
  if (fromAbbreviation !== undefined) return fromAbbreviation;
  if (word.length < 3) return undefined;
  const months = new Set<number>();
  FULL_NAMES.forEach((names, index) => {
    if (names.some((name) => name.startsWith(word))) months.add(index + 1);
  });
  return months.size === 1 ? [...months][0] : undefined;
}
