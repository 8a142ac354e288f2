/**
 * Scoring against the WHO Growth Reference 2007 (5–19 years), as WHO anthroplus does: exact age in months,
 * LMS interpolated between whole months, height taken as measured.
 */
import type { CleanMeasures, Scored } from './anthro-types.js';
import { lmsZ, measurable, restrictedZ } from './lms.js';
import { lmsAt } from './reference.js';

/** anthroplus validity: height- and BMI-for-age 60–228 months, weight-for-age 60–120 months (inclusive). */
export const LAST_MONTH_2007 = 228;
const LAST_WFA_MONTH = 120;

/**
 * Z-scores for a child from 60 months (HAZ and BAZ to 228 months, WAZ to 120 months).
 *
 * @example
 * scoreWho2007({ sex: 1, weightKg: 50.7, lenheiCm: 153.7 }, 166.59).z.haz; // ≈ -1.13
 */
export function scoreWho2007(m: CleanMeasures, months: number): Scored {
  const height = m.lenheiCm;
  const bmi = m.weightKg !== undefined && height !== undefined ? measurable(m.weightKg / (height / 100) ** 2) : undefined;
  const out: Scored = { clenhei: height, bmi, lenheiBasis: 'height', tables: {}, z: {}, standingUnder9Months: false };
  if (months < 60 || months > LAST_MONTH_2007) return out;
  const hfa = lmsAt('hfa2007', m.sex, months);
  if (height !== undefined && hfa) {
    out.z.haz = lmsZ(height, hfa);
    out.tables.haz = 'hfa2007';
  }
  const bfa = lmsAt('bfa2007', m.sex, months);
  if (!m.oedema && bmi !== undefined && bfa) {
    out.z.baz = restrictedZ(bmi, bfa);
    out.tables.baz = 'bfa2007';
  }
  const wfa = lmsAt('wfa2007', m.sex, months);
  if (!m.oedema && months <= LAST_WFA_MONTH && m.weightKg !== undefined && wfa) {
    out.z.waz = restrictedZ(m.weightKg, wfa);
    out.tables.waz = 'wfa2007';
  }
  return out;
}
