import type { GrowthAssessment } from './assessment.js';

/** The one thing a parent should do next, most urgent first. */
export type NextStep = 'puskesmas_today' | 'see_bidan' | 'posyandu_watch' | 'posyandu';

/**
 * Picks the single next step for a family from an assessment:
 * - today to the puskesmas: severe wasting (BB/PB, or IMT/U under 5) or oedema — acute danger;
 * - to the bidan/puskesmas soon: wasting, overweight/obesity, severe underweight (below the red line),
 *   stunting, 2T, or a falling length-for-age — the referral signals of the KMS and Permenkes;
 * - watch at the next posyandu: one T, underweight, risk of overweight;
 * - else the next posyandu as usual.
 *
 * @example
 * nextStep({ ...assessment, categories: { whz: 'severely_wasted' } }); // 'puskesmas_today'
 */
export function nextStep(a: Pick<GrowthAssessment, 'categories' | 'kms' | 'oedema' | 'belowRedLine' | 'hazFalling'>): NextStep {
  const { waz, haz, whz, baz } = a.categories;
  const thinness = [whz, baz];
  if (a.oedema || thinness.some((c) => c === 'severely_wasted' || c === 'severely_thin')) return 'puskesmas_today';
  if (
    thinness.some((c) => c === 'wasted' || c === 'thin' || c === 'overweight' || c === 'obese') ||
    waz === 'severely_underweight' ||
    a.belowRedLine ||
    haz === 'stunted' ||
    haz === 'severely_stunted' ||
    a.kms?.status === '2T' ||
    a.hazFalling !== null
  ) {
    return 'see_bidan';
  }
  if (a.kms?.status === 'T' || waz === 'underweight' || waz === 'risk_of_overweight' || thinness.includes('possible_risk_of_overweight')) return 'posyandu_watch';
  return 'posyandu';
}
