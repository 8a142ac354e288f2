/**
 * Scoring against the WHO Child Growth Standards 2006 (0 to < 60 months), as WHO anthro 1.1.0 does.
 */
import type { CleanMeasures, Scored } from './anthro-types.js';
import type { PerIndicator } from './indicators.js';
import { adjustLenhei, HEIGHT_FROM_DAY } from './lenhei.js';
import { lmsZ, measurable, restrictedZ } from './lms.js';
import { lmsAt, type GrowthTable, type Sex } from './reference.js';

/** Auxiliary indices (arm circumference, skinfolds) start at 3 months. */
const AUX_FROM_DAY = 91;

/** WHO's valid x ranges for weight-for-length and -height (no clamping outside). */
const WH_RANGE: Record<'wfl' | 'wfh', readonly [number, number]> = { wfl: [45, 110], wfh: [65, 120] };

type Zfun = (y: number, lms: { L: number; M: number; S: number }) => number;

function score(
  out: Scored,
  indicator: keyof PerIndicator<number>,
  table: GrowthTable,
  sex: Sex,
  x: number,
  y: number | undefined,
  zfun: Zfun,
): void {
  if (y === undefined) return;
  const lms = lmsAt(table, sex, x);
  if (!lms) return;
  const z = zfun(y, lms);
  // Beyond what a double holds the index does not apply; it is never reported as NaN or Infinity.
  if (!Number.isFinite(z)) return;
  out.z[indicator] = z;
  out.tables[indicator] = table;
}

function scoreWeightForLenhei(out: Scored, m: CleanMeasures, table: 'wfl' | 'wfh', clenhei: number): void {
  const [low, high] = WH_RANGE[table];
  if (m.oedema || clenhei < low || clenhei > high) return;
  score(out, 'whz', table, m.sex, clenhei, m.weightKg, restrictedZ);
}

function bmiOf(weightKg: number | undefined, clenhei: number | undefined): number | undefined {
  return weightKg !== undefined && clenhei !== undefined ? measurable(weightKg / (clenhei / 100) ** 2) : undefined;
}

/**
 * Z-scores for a child under 60 months. `days` is the whole age in days (the tables are read at that
 * day), `months` the exact age in months (for the 9-month standing rule).
 *
 * @example
 * scoreWho2006({ sex: 2, weightKg: 7.2, lenheiCm: 67, measure: 'L' }, 234, 7.69).z.whz; // ≈ -0.49
 */
export function scoreWho2006(m: CleanMeasures, days: number, months: number): Scored {
  const adjusted = m.lenheiCm === undefined ? undefined : adjustLenhei(m.lenheiCm, m.measure, days, months);
  const clenhei = measurable(adjusted?.clenhei);
  const bmi = bmiOf(m.weightKg, clenhei);
  const lengthBased = days < HEIGHT_FROM_DAY;
  const out: Scored = {
    clenhei,
    bmi,
    lenheiBasis: lengthBased ? 'length' : 'height',
    tables: {},
    z: {},
    standingUnder9Months: adjusted?.standingUnder9Months ?? false,
  };
  if (!m.oedema) score(out, 'waz', 'wfa', m.sex, days, m.weightKg, restrictedZ);
  score(out, 'haz', 'lhfa', m.sex, days, clenhei, lmsZ);
  if (clenhei !== undefined) scoreWeightForLenhei(out, m, lengthBased ? 'wfl' : 'wfh', clenhei);
  if (!m.oedema) score(out, 'baz', 'bfa', m.sex, days, bmi, restrictedZ);
  score(out, 'hcz', 'hcfa', m.sex, days, m.headCm, lmsZ);
  if (days >= AUX_FROM_DAY) {
    score(out, 'acz', 'acfa', m.sex, days, m.armCm, restrictedZ);
    score(out, 'tsz', 'tsfa', m.sex, days, m.tricepsMm, restrictedZ);
    score(out, 'ssz', 'ssfa', m.sex, days, m.subscapularMm, restrictedZ);
  }
  return out;
}

/**
 * Without any age only weight-for-length/height can be scored: the table follows the measure, else
 * length under 87 cm (WHO's rule); no ±0.7 cm conversion is possible.
 *
 * @example
 * scoreWithoutAge({ sex: 1, weightKg: 9, lenheiCm: 75 }).tables.whz; // 'wfl'
 */
export function scoreWithoutAge(m: CleanMeasures): Scored {
  const out: Scored = {
    clenhei: m.lenheiCm,
    bmi: bmiOf(m.weightKg, m.lenheiCm),
    lenheiBasis: undefined,
    tables: {},
    z: {},
    standingUnder9Months: false,
  };
  if (m.lenheiCm === undefined) return out;
  const lying = m.measure === undefined ? m.lenheiCm < 87 : m.measure === 'L';
  out.lenheiBasis = lying ? 'length' : 'height';
  scoreWeightForLenhei(out, m, lying ? 'wfl' : 'wfh', m.lenheiCm);
  return out;
}
