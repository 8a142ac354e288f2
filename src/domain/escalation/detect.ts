import type { ChildAssessment, HazCategory, WhzCategory } from './assessment.js';
import type { ConditionCode } from './conditions.js';

/** Where a z-score falls against the Permenkes cut-offs that matter here. */
type Band = 'severe' | 'moderate' | 'clear';

// Permenkes 2/2020: z < −3 severe, −3 ≤ z < −2 moderate. The category from the growth module wins;
// the z-score is only a fallback so a missing category does not hide a case.
function band(category: HazCategory | WhzCategory | undefined, z: number | undefined): Band | undefined {
  if (category === 'severely_stunted' || category === 'severely_wasted') return 'severe';
  if (category === 'stunted' || category === 'wasted') return 'moderate';
  if (category !== undefined) return 'clear';
  if (z === undefined || !Number.isFinite(z)) return undefined;
  if (z < -3) return 'severe';
  if (z < -2) return 'moderate';
  return 'clear';
}

const hazBand = (a: ChildAssessment) => band(a.categories.haz, a.zScores.haz);
const whzBand = (a: ChildAssessment) => band(a.categories.whz, a.zScores.whz);

/**
 * The conditions one assessment shows, at most one per family (the most severe).
 *
 * @example
 * detectConditions({ ...assessment, categories: { haz: 'stunted' }, kms: '2T' });
 * // ['stunting', 'faltering_2t']
 */
export function detectConditions(a: ChildAssessment): ConditionCode[] {
  const found: ConditionCode[] = [];
  const haz = hazBand(a);
  if (haz === 'severe') found.push('severe_stunting');
  else if (haz === 'moderate') found.push('stunting');
  else if (a.hazFalling === true) found.push('haz_falling');
  const whz = whzBand(a);
  if (whz === 'severe') found.push('severe_wasting');
  else if (whz === 'moderate') found.push('wasting');
  if (a.oedema === true) found.push('oedema');
  if (a.kms === '2T') found.push('faltering_2t');
  else if (a.kms === 'T') found.push('growth_faltering');
  if (a.belowRedLine === true) found.push('below_red_line');
  return found;
}

/** What one measurement says about an open condition: gone, still there, or not measured. */
export type Observation = 'clear' | 'present' | 'unknown';

function fromBool(clear: boolean | undefined): Observation {
  if (clear === undefined) return 'unknown';
  return clear ? 'clear' : 'present';
}

function fromBand(b: Band | undefined): Observation {
  return b === undefined ? 'unknown' : fromBool(b === 'clear');
}

const OBSERVERS: Record<ConditionCode, (a: ChildAssessment) => Observation> = {
  // Recovery from either stunting level means leaving the stunted range (haz ≥ −2), not one step down.
  severe_stunting: (a) => fromBand(hazBand(a)),
  stunting: (a) => fromBand(hazBand(a)),
  haz_falling: (a) => {
    const haz = hazBand(a);
    if (haz === 'severe' || haz === 'moderate' || a.hazFalling === true) return 'present';
    return fromBool(a.hazFalling === false ? true : undefined);
  },
  // Likewise acute malnutrition recovers at whz ≥ −2, the WHO discharge criterion for SAM and MAM.
  severe_wasting: (a) => fromBand(whzBand(a)),
  wasting: (a) => fromBand(whzBand(a)),
  oedema: (a) => fromBool(a.oedema === undefined ? undefined : !a.oedema),
  // O (not weighed last month) and B (first weighing) say nothing about the trend.
  growth_faltering: (a) => (a.kms === 'N' ? 'clear' : a.kms === 'T' || a.kms === '2T' ? 'present' : 'unknown'),
  faltering_2t: (a) => (a.kms === 'N' ? 'clear' : a.kms === 'T' || a.kms === '2T' ? 'present' : 'unknown'),
  below_red_line: (a) => fromBool(a.belowRedLine === undefined ? undefined : !a.belowRedLine),
};

/**
 * Whether an assessment shows an open condition has gone. Recovery counts consecutive `clear`
 * observations; `unknown` neither counts nor breaks the run.
 *
 * @example
 * observeCondition('stunting', { ...assessment, categories: { haz: 'normal' } }); // 'clear'
 * observeCondition('growth_faltering', { ...assessment, kms: 'O' }); // 'unknown'
 */
export function observeCondition(code: ConditionCode, a: ChildAssessment): Observation {
  return OBSERVERS[code](a);
}

