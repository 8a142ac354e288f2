/**
 * The one entry point for z-scores: resolves age, picks the WHO 2006 standards (under 60 months) or the
 * WHO 2007 reference (5–19 years), rounds and flags as WHO does.
 */
import { ageInDays, DAYS_PER_MONTH, daysFromMonths } from './age.js';
import type { AnthroInput, AnthroResult, CleanMeasures, Scored } from './anthro-types.js';
import { INDICATORS, isImplausible, type PerIndicator } from './indicators.js';
import { roundZ } from './lms.js';
import { scoreWho2006, scoreWithoutAge } from './score-who2006.js';
import { LAST_MONTH_2007, scoreWho2007 } from './score-who2007.js';

export type { AnthroInput, AnthroResult, GrowthStandard } from './anthro-types.js';

function resolveAge(input: AnthroInput): { days: number; months: number } | undefined {
  if (input.birthDate !== undefined && input.visitDate !== undefined) {
    const days = ageInDays(input.birthDate, input.visitDate);
    return days === undefined ? undefined : { days, months: days / DAYS_PER_MONTH };
  }
  if (input.ageDays !== undefined) return { days: input.ageDays, months: input.ageDays / DAYS_PER_MONTH };
  if (input.ageMonths !== undefined) return { days: daysFromMonths(input.ageMonths), months: input.ageMonths };
  return undefined;
}

/** Values ≤ 0 or not finite are treated as not measured, as WHO does. */
function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Scores one child at one visit exactly as WHO anthro 1.1.0 (0–5 y) and anthroplus (5–19 y) do.
 * Age: days = visit − birth; months = days / 30.4375. Under 60 months the 2006 standards apply
 * (WAZ, HAZ, WHZ, BAZ, HCZ, and from 91 days ACZ, TSZ, SSZ); from 60 to 228 months the 2007 reference
 * (HAZ, BAZ; WAZ to 120 months). Without any age only WHZ is computed (table by measure, else < 87 cm).
 *
 * @example
 * const r = assessAnthropometry({ sex: 1, birthDate: '2023-01-10', visitDate: '2024-07-10',
 *   weightKg: 10.2, lenheiCm: 79.5, measure: 'L' });
 * r.zRounded; // { waz: -0.62, haz: -1.01, whz: -0.18, baz: 0 }
 */
export function assessAnthropometry(input: AnthroInput): AnthroResult {
  const measures: CleanMeasures = {
    sex: input.sex,
    weightKg: positive(input.weightKg),
    lenheiCm: positive(input.lenheiCm),
    measure: input.measure,
    oedema: input.oedema,
    headCm: positive(input.headCm),
    armCm: positive(input.armCm),
    tricepsMm: positive(input.tricepsMm),
    subscapularMm: positive(input.subscapularMm),
  };
  const age = resolveAge(input);
  const valid = age !== undefined && Number.isFinite(age.days) && age.days >= 0 ? age : undefined;
  let scored: Scored;
  let standard: AnthroResult['standard'];
  if (valid === undefined) {
    scored = scoreWithoutAge(measures);
    standard = scored.z.whz === undefined ? undefined : 'who2006';
  } else if (valid.months < 60) {
    scored = scoreWho2006(measures, valid.days, valid.months);
    standard = 'who2006';
  } else {
    scored = scoreWho2007(measures, valid.months);
    standard = valid.months <= LAST_MONTH_2007 ? 'who2007' : undefined;
  }
  const zRounded: PerIndicator<number> = {};
  const flags: PerIndicator<boolean> = {};
  for (const indicator of INDICATORS) {
    const z = scored.z[indicator];
    if (z === undefined) continue;
    const rounded = roundZ(z);
    zRounded[indicator] = rounded;
    flags[indicator] = isImplausible(indicator, rounded);
  }
  return { ageDays: valid?.days, ageMonths: valid?.months, standard, ...scored, zRounded, flags };
}
