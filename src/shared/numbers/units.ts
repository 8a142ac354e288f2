import { UNIT_WORDS } from '../vocabulary.js';

/** Units a number question can ask for. Each belongs to one dimension; answers convert within it. */
export const NUMBER_UNITS = [
  'kg',
  'g',
  'cm',
  'mm',
  'm',
  'year',
  'month',
  'week',
  'day',
  'person',
  'times',
  'celsius',
] as const;
export type NumberUnit = (typeof NUMBER_UNITS)[number];

type Dimension = 'mass' | 'length' | 'age' | 'days' | 'count' | 'times' | 'temperature';

/** A unit word's meaning: its dimension and how many base units (g, mm, month, day, 1) it is worth. */
export interface UnitMeaning {
  dimension: Dimension;
  factor: number;
}

interface UnitSpec extends UnitMeaning {
  /** Written the same in every language, so it may appear in re-ask examples; word units have none. */
  symbol?: string;
  /** Whole-number units: "1.500" reads as one thousand five hundred, not one and a half. */
  whole: boolean;
  /** A typical answer, used as `{example}` when it fits the question's bounds. */
  example: number;
}

const UNITS: Readonly<Record<NumberUnit, UnitSpec>> = {
  kg: { dimension: 'mass', factor: 1000, symbol: 'kg', whole: false, example: 8.5 },
  g: { dimension: 'mass', factor: 1, symbol: 'g', whole: true, example: 8500 },
  cm: { dimension: 'length', factor: 10, symbol: 'cm', whole: false, example: 72.5 },
  mm: { dimension: 'length', factor: 1, symbol: 'mm', whole: true, example: 725 },
  m: { dimension: 'length', factor: 1000, symbol: 'm', whole: false, example: 1.5 },
  year: { dimension: 'age', factor: 12, whole: false, example: 2 },
  month: { dimension: 'age', factor: 1, whole: false, example: 18 },
  week: { dimension: 'days', factor: 7, whole: false, example: 3 },
  day: { dimension: 'days', factor: 1, whole: true, example: 7 },
  person: { dimension: 'count', factor: 1, whole: true, example: 3 },
  times: { dimension: 'times', factor: 1, whole: true, example: 2 },
  celsius: { dimension: 'temperature', factor: 1, symbol: '°C', whole: false, example: 36.5 },
};

// The words are data (locales/vocabulary/units.json); this file keeps what each unit is worth.
const WORDS: ReadonlyArray<readonly [NumberUnit | 'ons', readonly string[]]> = [...NUMBER_UNITS, 'ons' as const].map((unit) => [unit, UNIT_WORDS[unit]] as const);

/** Units people type that the bot does not convert; answering with them gets a re-ask, not a guess. */
const FOREIGN_WORDS: ReadonlySet<string> = new Set(UNIT_WORDS.foreign);

const MEANINGS: ReadonlyMap<string, UnitMeaning> = new Map(
  WORDS.flatMap(([unit, words]) => {
    const meaning: UnitMeaning = unit === 'ons' ? { dimension: 'mass', factor: 100 } : UNITS[unit];
    return words.map((word) => [word, { dimension: meaning.dimension, factor: meaning.factor }] as const);
  }),
);

/**
 * @example
 * isNumberUnit('kg');   // true
 * isNumberUnit('inch'); // false
 */
export function isNumberUnit(value: unknown): value is NumberUnit {
  return typeof value === 'string' && (NUMBER_UNITS as readonly string[]).includes(value);
}

/**
 * @example
 * unitSpec('g'); // { dimension: 'mass', factor: 1, symbol: 'g', whole: true, example: 8500 }
 */
export function unitSpec(unit: NumberUnit): UnitSpec {
  return UNITS[unit];
}

/**
 * What a typed unit word means, 'foreign' for units the bot knows but does not accept, or undefined
 * for any other word (which is then just a word, as in "8,5 aja").
 *
 * @example
 * unitWord('kilo'); // { dimension: 'mass', factor: 1000 }
 * unitWord('lbs');  // 'foreign'
 * unitWord('aja');  // undefined
 */
export function unitWord(word: string): UnitMeaning | 'foreign' | undefined {
  return MEANINGS.get(word) ?? (FOREIGN_WORDS.has(word) ? 'foreign' : undefined);
}
