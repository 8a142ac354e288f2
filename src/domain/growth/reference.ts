/**
 * Lookup of the embedded WHO references: the Child Growth Standards 2006 (0–5 y) and the Growth
 * Reference 2007 (5–19 y). Stable API for the z-score code and for chart renderers.
 */
import { unpackRows, type PackedTable } from './packed-table.js';
import { acfa } from './reference-data/acfa.js';
import { bfa } from './reference-data/bfa.js';
import { bfa2007 } from './reference-data/bfa2007.js';
import { hcfa } from './reference-data/hcfa.js';
import { hfa2007 } from './reference-data/hfa2007.js';
import { lhfa } from './reference-data/lhfa.js';
import { ssfa } from './reference-data/ssfa.js';
import { tsfa } from './reference-data/tsfa.js';
import { wfa } from './reference-data/wfa.js';
import { wfa2007 } from './reference-data/wfa2007.js';
import { wfh } from './reference-data/wfh.js';
import { wfl } from './reference-data/wfl.js';
import type { Lms } from './lms.js';

export { valueAtZ, type Lms } from './lms.js';

/** 1 = male, 2 = female (WHO's coding). */
export type Sex = 1 | 2;

/**
 * WHO tables: by age in days (`wfa`, `lhfa`, `bfa`, `hcfa`, `acfa`, `tsfa`, `ssfa`; 2006 standards),
 * by length (`wfl`, 45–110 cm) or height (`wfh`, 65–120 cm), by age in months (`*2007`, 2007 reference).
 * `lhfa` and `bfa` are length-based to day 730 and height-based from day 731.
 */
export type GrowthTable =
  | 'wfa'
  | 'lhfa'
  | 'wfl'
  | 'wfh'
  | 'bfa'
  | 'hcfa'
  | 'acfa'
  | 'tsfa'
  | 'ssfa'
  | 'hfa2007'
  | 'bfa2007'
  | 'wfa2007';

const PACKED: Record<GrowthTable, PackedTable> = {
  wfa, lhfa, wfl, wfh, bfa, hcfa, acfa, tsfa, ssfa, hfa2007, bfa2007, wfa2007,
};

/** Tables whose rows are interpolated (WHO does so for length/height and for the monthly 2007 tables). */
const INTERPOLATED: ReadonlySet<GrowthTable> = new Set(['wfl', 'wfh', 'hfa2007', 'bfa2007', 'wfa2007']);

/** Unpacked on first use, per table and sex (index 0 male, 1 female). */
const unpacked: Partial<Record<GrowthTable, [Float64Array | undefined, Float64Array | undefined]>> = {};

function rowsOf(table: GrowthTable, sex: Sex): Float64Array {
  const pair = (unpacked[table] ??= [undefined, undefined]);
  return (pair[sex - 1] ??= unpackRows(PACKED[table], sex));
}

/**
 * The x range a table covers, in its own unit (days, cm or months), inclusive.
 *
 * @example
 * tableRange('wfh'); // { first: 65, last: 120 }
 */
export function tableRange(table: GrowthTable): { first: number; last: number } {
  const packed = PACKED[table];
  const rows = rowsOf(table, 1).length / 3;
  return { first: packed.firstX, last: packed.firstX + (rows - 1) / packed.rowsPerUnit };
}

function row(rows: Float64Array, index: number): Lms | undefined {
  if (index < 0 || index * 3 >= rows.length) return undefined;
  return { L: rows[index * 3] as number, M: rows[index * 3 + 1] as number, S: rows[index * 3 + 2] as number };
}

/**
 * L, M and S of `table` for `sex` at `x`, or `undefined` outside the table.
 *
 * - by-day tables: `x` is the age in days, rounded to the whole day (WHO looks up integer days);
 * - `wfl` / `wfh`: `x` is length/height in cm; L, M and S are each interpolated linearly between the
 *   0.1 cm rows around `x`. The row below is found as `floor(x·10 + 1e-9)` so that 103.1 − 0.7
 *   (= 102.39999…) uses the 102.4 row, as WHO intends (its R code slips to 102.5 there);
 * - 2007 tables: `x` is the exact age in months, interpolated between whole months.
 *
 * @example
 * lmsAt('wfa', 1, 0); // { L: 0.3487, M: 3.3464, S: 0.14602 }
 * lmsAt('wfl', 1, 45.05); // halfway between the 45.0 and 45.1 cm rows
 */
export function lmsAt(table: GrowthTable, sex: Sex, x: number): Lms | undefined {
  if (!Number.isFinite(x)) return undefined;
  const packed = PACKED[table];
  const rows = rowsOf(table, sex);
  const position = (x - packed.firstX) * packed.rowsPerUnit;
  if (!INTERPOLATED.has(table)) return row(rows, Math.round(position));
  const low = Math.floor(position + 1e-9);
  const lower = row(rows, low);
  if (!lower) return undefined;
  const fraction = Math.max(0, position - low);
  if (fraction < 1e-9) return lower;
  const upper = row(rows, low + 1);
  if (!upper) return undefined;
  return {
    L: lower.L + fraction * (upper.L - lower.L),
    M: lower.M + fraction * (upper.M - lower.M),
    S: lower.S + fraction * (upper.S - lower.S),
  };
}
