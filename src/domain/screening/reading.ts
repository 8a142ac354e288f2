/**
 * One screening read against every threshold at once: what the person is told and whether the
 * kader follows them up. The thresholds and their sources are in the files this reads.
 */
import { classifyBloodPressure, isBloodPressureCrisis, type BloodPressure, type BloodPressureCategory } from './blood-pressure.js';
import { classifyBloodSugar, type BloodSugarCategory, type SugarKind } from './blood-sugar.js';
import { bodyMassIndex, classifyBmi, isCentralObesity, type BmiCategory } from './body-size.js';
import { assessAnthropometry } from '../growth/assess.js';
import { classifyGrowth, type BazCategory } from '../growth/classify.js';
import { ageOn, type AgeParts } from '../child/age.js';

/** What the kader measured; any part may be missing (not every station runs every check). */
export interface ScreeningInput {
  readonly sex: 'male' | 'female';
  readonly bloodPressure?: BloodPressure;
  readonly sugar?: { readonly mgDl: number; readonly kind: SugarKind };
  readonly weightKg?: number;
  readonly heightCm?: number;
  readonly waistCm?: number;
  /**
   * The birth date and the screening day (YYYY-MM-DD), known for people under 18. Their BMI is then
   * read for their age (IMT/U: WHO Reference 2007 and Permenkes 2/2020, 5–18 years), never with the
   * adult cut-offs; their waist is not read before 16, where the adult cut-offs start (IDF consensus
   * on the metabolic syndrome in children and adolescents, 2007).
   */
  readonly born?: { readonly birthDate: string; readonly day: string };
}

/** The youngest age screened (Posbindu PTM: 15 years and over); the flow's age question says the same. */
export const SCREENING_FROM_YEARS = 15;

/** Adult cut-offs (BMI, waist) hold from these ages; below them, see {@link ScreeningInput.born}. */
export const ADULT_BMI_FROM_YEARS = 18;
export const ADULT_WAIST_FROM_YEARS = 16;

/**
 * `refer`: above a referral threshold (hypertension, sugar in the diabetes range or too low): the
 * person is sent to the puskesmas and the kader follows up. `urgent`: the same day (crisis BP, low
 * sugar). `advice`: above a lifestyle threshold only (pre-hypertension, prediabetes, BMI, waist).
 */
export type ScreeningOutcome = 'normal' | 'advice' | 'refer';

export interface ScreeningReading {
  readonly bloodPressure?: BloodPressureCategory;
  readonly sugar?: BloodSugarCategory;
  /** `forAge` for people under 18: the IMT/U z-score (2 decimals) and its Permenkes category, which decide `category`. */
  readonly bmi?: { readonly value: number; readonly category: BmiCategory; readonly forAge?: { readonly z: number; readonly category: BazCategory } };
  readonly centralObesity?: boolean;
  readonly outcome: ScreeningOutcome;
  readonly urgent: boolean;
  /** Which findings are above a threshold, in the order they are explained. */
  readonly findings: readonly ScreeningFinding[];
}

export type ScreeningFinding =
  | 'hypertension'
  | 'bp_crisis'
  | 'prehypertension'
  | 'sugar_high'
  | 'sugar_low'
  | 'prediabetes'
  | 'bmi_underweight'
  | 'bmi_overweight'
  | 'bmi_obese'
  | 'central_obesity';

const REFERRED: ReadonlySet<ScreeningFinding> = new Set(['hypertension', 'bp_crisis', 'sugar_high', 'sugar_low']);
const URGENT: ReadonlySet<ScreeningFinding> = new Set(['bp_crisis', 'sugar_low']);

/**
 * Reads a screening against the thresholds.
 *
 * @example
 * readScreening({ sex: 'male', bloodPressure: { systolic: 150, diastolic: 85 } });
 * // { bloodPressure: 'hypertension_1', findings: ['hypertension'], outcome: 'refer', urgent: false }
 */
export function readScreening(input: ScreeningInput): ScreeningReading {
  const findings: ScreeningFinding[] = [];
  const bloodPressure = input.bloodPressure && classifyBloodPressure(input.bloodPressure);
  if (input.bloodPressure && isBloodPressureCrisis(input.bloodPressure)) findings.push('bp_crisis');
  else if (bloodPressure === 'hypertension_1' || bloodPressure === 'hypertension_2') findings.push('hypertension');
  else if (bloodPressure === 'prehypertension') findings.push('prehypertension');

  const sugar = input.sugar && classifyBloodSugar(input.sugar.mgDl, input.sugar.kind);
  if (sugar === 'high') findings.push('sugar_high');
  if (sugar === 'low') findings.push('sugar_low');
  if (sugar === 'prediabetes') findings.push('prediabetes');

  const bmi = input.weightKg !== undefined && input.heightCm !== undefined ? bmiOf(input.weightKg, input.heightCm, input.sex, input.born && ageOn(input.born.birthDate, input.born.day)) : undefined;
  if (bmi && bmi.category !== 'normal') findings.push(`bmi_${bmi.category}`);
  const age = input.born && ageOn(input.born.birthDate, input.born.day);
  const adultWaist = !age || age.years >= ADULT_WAIST_FROM_YEARS;
  const centralObesity = input.waistCm === undefined || !adultWaist ? undefined : isCentralObesity(input.waistCm, input.sex);
  if (centralObesity) findings.push('central_obesity');

  const refer = findings.some((f) => REFERRED.has(f));
  return {
    ...(bloodPressure && { bloodPressure }),
    ...(sugar && { sugar }),
    ...(bmi && { bmi }),
    ...(centralObesity !== undefined && { centralObesity }),
    findings,
    outcome: refer ? 'refer' : findings.length > 0 ? 'advice' : 'normal',
    urgent: findings.some((f) => URGENT.has(f)),
  };
}

/** IMT/U's five Permenkes categories as the screening's four: gizi buruk and gizi kurang are both thin. */
const FOR_AGE: Record<BazCategory, BmiCategory> = {
  severely_thin: 'underweight',
  thin: 'underweight',
  severely_wasted: 'underweight',
  wasted: 'underweight',
  normal: 'normal',
  possible_risk_of_overweight: 'overweight',
  overweight: 'overweight',
  obese: 'obese',
};

/** Undefined when the person is under 18 and no IMT/U could be given: an adult category would mislead. */
function bmiOf(weightKg: number, heightCm: number, sex: ScreeningInput['sex'], age: AgeParts | undefined): ScreeningReading['bmi'] {
  const value = bodyMassIndex(weightKg, heightCm);
  if (!age || age.years >= ADULT_BMI_FROM_YEARS) return { value, category: classifyBmi(value) };
  const assessed = assessAnthropometry({ sex: sex === 'male' ? 1 : 2, ageDays: age.totalDays, weightKg, lenheiCm: heightCm, measure: 'H' });
  const z = assessed.zRounded.baz;
  const category = classifyGrowth(assessed).baz;
  return z === undefined || category === undefined ? undefined : { value, category: FOR_AGE[category], forAge: { z, category } };
}
