/**
 * The result columns the `anthro` batch tool appends to each row.
 */
import type { AnthroResult } from '../../domain/growth/assess.js';
import type { GrowthCategories } from '../../domain/growth/classify.js';
import type { Indicator } from '../../domain/growth/indicators.js';

const Z_COLUMNS: readonly Indicator[] = ['waz', 'haz', 'whz', 'baz', 'hcz'];
const CATEGORY_COLUMNS = ['waz', 'haz', 'whz', 'baz'] as const;

/** Appended columns, in order. */
export const OUTPUT_COLUMNS: readonly string[] = [
  'age_days',
  'age_months',
  'clenhei_cm',
  'bmi',
  ...Z_COLUMNS,
  ...Z_COLUMNS.map((z) => `flag_${z}`),
  ...CATEGORY_COLUMNS.map((z) => `cat_${z}`),
];

/** Fixed decimals without "-0.000", empty when undefined; integer arithmetic, 3–5× faster than `toFixed`. */
function fixed(value: number | undefined, decimals: 2 | 3): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const scale = decimals === 3 ? 1000 : 100;
  const units = Math.round(Math.abs(value) * scale);
  const whole = Math.floor(units / scale);
  const part = units - whole * scale;
  const padding = part < 10 ? (decimals === 3 ? '.00' : '.0') : part < 100 && decimals === 3 ? '.0' : '.';
  return `${value < 0 && units !== 0 ? '-' : ''}${whole}${padding}${part}`;
}

/** Up to 2 decimals, trailing zeros dropped (lengths are entered to 0.1 cm, maybe 0.05). */
function short(value: number | undefined): string {
  return value === undefined ? '' : String(Math.round(value * 100) / 100);
}

/**
 * Result cells for one scored row: z-scores to 3 decimals (unrounded z), flags 0/1, Permenkes codes.
 *
 * @example
 * formatResultCells(result, classifyGrowth(result)); // ['365', '11.99', '75', '16', '-0.123', …]
 */
export function formatResultCells(result: AnthroResult, categories: GrowthCategories): string[] {
  // Spelled out rather than mapped over the column lists: this runs 100,000 times per large file.
  const { z, flags } = result;
  return [
    result.ageDays === undefined ? '' : String(result.ageDays),
    fixed(result.ageMonths, 2),
    short(result.clenhei),
    fixed(result.bmi, 2),
    fixed(z.waz, 3),
    fixed(z.haz, 3),
    fixed(z.whz, 3),
    fixed(z.baz, 3),
    fixed(z.hcz, 3),
    flag(flags.waz),
    flag(flags.haz),
    flag(flags.whz),
    flag(flags.baz),
    flag(flags.hcz),
    categories.waz ?? '',
    categories.haz ?? '',
    categories.whz ?? '',
    categories.baz ?? '',
  ];
}

function flag(value: boolean | undefined): string {
  return value === undefined ? '' : value ? '1' : '0';
}

/** Result cells of a row that could not be scored. */
export const EMPTY_RESULT_CELLS: readonly string[] = OUTPUT_COLUMNS.map(() => '');
