/**
 * The month a PWS table is about: `YYYY-MM`, read strictly (no `2026-3`, no `2026-13`).
 */
import { isoDayNumber } from '../growth/index.js';

/** A calendar month as `YYYY-MM`. */
export type MonthKey = string & { readonly __month: true };

/** The first and last day of a month, `YYYY-MM-DD`. */
export interface MonthBounds {
  first: string;
  last: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The month `text` names, or `undefined` when it is not `YYYY-MM` between 2000 and 2099.
 *
 * @example
 * parseMonth('2026-03'); // '2026-03'
 * parseMonth('2026-3'); // undefined
 */
export function parseMonth(text: string): MonthKey | undefined {
  const match = MONTH.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 2000 && year <= 2099 ? (text as MonthKey) : undefined;
}

/**
 * First and last day of the month.
 *
 * @example
 * monthBounds('2024-02' as MonthKey); // { first: '2024-02-01', last: '2024-02-29' }
 */
export function monthBounds(month: MonthKey): MonthBounds {
  const first = `${month}-01`;
  let day = 31;
  while (isoDayNumber(`${month}-${String(day)}`) === undefined) day--;
  return { first, last: `${month}-${String(day)}` };
}

/**
 * The month `offset` months from `month` (negative: earlier).
 *
 * @example
 * shiftMonth('2026-01' as MonthKey, -1); // '2025-12'
 */
export function shiftMonth(month: MonthKey, offset: number): MonthKey {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + offset;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}` as MonthKey;
}

/**
 * The `count` months ending with `month`, oldest first: the window of a trend.
 *
 * @example
 * monthsEnding('2026-02' as MonthKey, 3); // ['2025-12', '2026-01', '2026-02']
 */
export function monthsEnding(month: MonthKey, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(month, i - count + 1));
}
