/**
 * Nutritional status categories of Permenkes RI No. 2 Tahun 2020 (Standar Antropometri Anak).
 *
 * Interval reading of the regulation: the lower cut-offs −3 and −2 belong to the higher category
 * (z = −2.00 is normal), the upper cut-offs +1, +2 and +3 to the lower one (z = +1.00 is normal).
 *
 * We classify the **2-decimal z** (`AnthroResult.zRounded`), the value WHO prints and a kader sees on
 * screen or paper, so the printed number and its category never disagree (−2.004 prints −2.00: normal).
 * BIV flags do not suppress a category (a real WHZ of −5.2 is gizi buruk and urgent); the plausibility
 * check asks to confirm such values before they are saved.
 */
import type { AnthroResult } from './anthro-types.js';

export type WazCategory = 'severely_underweight' | 'underweight' | 'normal' | 'risk_of_overweight';
export type HazCategory = 'severely_stunted' | 'stunted' | 'normal' | 'tall';
export type WhzCategory =
  | 'severely_wasted'
  | 'wasted'
  | 'normal'
  | 'possible_risk_of_overweight'
  | 'overweight'
  | 'obese';
/** BMI-for-age: the six WHZ categories under 60 months, the thinness scale from 60 months. */
export type BazCategory = WhzCategory | 'severely_thin' | 'thin';

/** Last month (18 years 0 months) with a Permenkes BMI-for-age category; "5-18 tahun" read inclusively. */
export const LAST_BAZ_CATEGORY_MONTH = 216;

/**
 * BB/U, 0–60 months.
 *
 * @example
 * classifyWaz(-2); // 'normal'
 */
export function classifyWaz(z: number): WazCategory {
  if (z < -3) return 'severely_underweight';
  if (z < -2) return 'underweight';
  return z <= 1 ? 'normal' : 'risk_of_overweight';
}

/**
 * PB/U or TB/U, 0–60 months.
 *
 * @example
 * classifyHaz(-2.01); // 'stunted'
 */
export function classifyHaz(z: number): HazCategory {
  if (z < -3) return 'severely_stunted';
  if (z < -2) return 'stunted';
  return z <= 3 ? 'normal' : 'tall';
}

/**
 * BB/PB or BB/TB, and IMT/U under 60 months.
 *
 * @example
 * classifyWhz(2); // 'possible_risk_of_overweight'
 */
export function classifyWhz(z: number): WhzCategory {
  if (z < -3) return 'severely_wasted';
  if (z < -2) return 'wasted';
  if (z <= 1) return 'normal';
  if (z <= 2) return 'possible_risk_of_overweight';
  return z <= 3 ? 'overweight' : 'obese';
}

/**
 * IMT/U from 60 months to 18 years.
 *
 * @example
 * classifyBazOlder(2.01); // 'obese'
 */
export function classifyBazOlder(z: number): BazCategory {
  if (z < -3) return 'severely_thin';
  if (z < -2) return 'thin';
  if (z <= 1) return 'normal';
  return z <= 2 ? 'overweight' : 'obese';
}

/** Categories per index; absent where Permenkes has none (BB/U and TB/U after 60 months, head). */
export interface GrowthCategories {
  waz?: WazCategory;
  haz?: HazCategory;
  whz?: WhzCategory;
  baz?: BazCategory;
}

/**
 * Classifies an assessment by Permenkes 2/2020 on its 2-decimal z-scores. With `oedema`, weight-based
 * z-scores are not computed; like WHO's prevalence tables (which count these children below −3 SD) the
 * severe categories are given: a convention, not Permenkes text.
 *
 * @example
 * classifyGrowth(assessAnthropometry({ sex: 1, ageDays: 400, weightKg: 7.4, lenheiCm: 70, measure: 'L' }));
 * // { waz: 'underweight', haz: 'stunted', whz: 'normal', baz: 'normal' } (z −2.64, −2.91, −1.61, −1.26)
 */
export function classifyGrowth(result: AnthroResult, oedema = false): GrowthCategories {
  const { zRounded: z, standard, ageMonths } = result;
  if (standard === 'who2006') {
    return {
      waz: oedema ? 'severely_underweight' : z.waz === undefined ? undefined : classifyWaz(z.waz),
      haz: z.haz === undefined ? undefined : classifyHaz(z.haz),
      whz: oedema ? 'severely_wasted' : z.whz === undefined ? undefined : classifyWhz(z.whz),
      baz: oedema ? 'severely_wasted' : z.baz === undefined ? undefined : classifyWhz(z.baz),
    };
  }
  if (standard === 'who2007' && ageMonths !== undefined && ageMonths <= LAST_BAZ_CATEGORY_MONTH) {
    if (oedema) return { baz: 'severely_thin' };
    return { baz: z.baz === undefined ? undefined : classifyBazOlder(z.baz) };
  }
  return {};
}
