// Full names as normalizeInput leaves them. Sundanese names differ only by accents ("Méi",
// "Pébruari", "Séptémber", "Nopémber", "Désémber"), which normalizeInput folds away.
const FULL_NAMES: ReadonlyArray<readonly string[]> = [
  ['januari', 'january'],
  ['februari', 'pebruari', 'february', 'febuari', 'pebuari'],
  ['maret', 'march'],
  ['april'],
  ['mei', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['agustus', 'august'],
  ['september'],
  ['oktober', 'october'],
  ['november', 'nopember'],
  ['desember', 'december'],
];

// Abbreviations that are not prefixes of a full name.
const ABBREVIATIONS: Readonly<Record<string, number>> = { mrt: 3, agt: 8, ags: 8, agst: 8, agts: 8, spt: 9, nop: 11, dec: 12 };

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
