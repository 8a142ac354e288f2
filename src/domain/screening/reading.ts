/**
 * One screening read against every threshold at once: what the person is told and whether the
 * kader follows them up. The thresholds and their sources are in the files this reads.
 */
import { classifyBloodPressure, isBloodPressureCrisis, type BloodPressure, type BloodPressureCategory } from './blood-pressure.js';
import { classifyBloodSugar, type BloodSugarCategory, type SugarKind } from './blood-sugar.js';
import { bodyMassIndex, classifyBmi, isCentralObesity, type BmiCategory } from './body-size.js';

/** What the kader measured; any part may be missing (not every station runs every check). */
export interface ScreeningInput {
  readonly sex: 'male' | 'female';
  readonly bloodPressure?: BloodPressure;
  readonly sugar?: { readonly mgDl: number; readonly kind: SugarKind };
  readonly weightKg?: number;
  readonly heightCm?: number;
  readonly waistCm?: number;
}

/**
 * `refer`: above a referral threshold (hypertension, sugar in the diabetes range or too low): the
 * person is sent to the puskesmas and the kader follows up. `urgent`: the same day (crisis BP, low
 * sugar). `advice`: above a lifestyle threshold only (pre-hypertension, prediabetes, BMI, waist).
 */
export type ScreeningOutcome = 'normal' | 'advice' | 'refer';

export interface ScreeningReading {
  readonly bloodPressure?: BloodPressureCategory;
  readonly sugar?: BloodSugarCategory;
  readonly bmi?: { readonly value: number; readonly category: BmiCategory };
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

  const bmi = input.weightKg !== undefined && input.heightCm !== undefined ? bmiOf(input.weightKg, input.heightCm) : undefined;
  if (bmi && bmi.category !== 'normal') findings.push(`bmi_${bmi.category}`);
  const centralObesity = input.waistCm === undefined ? undefined : isCentralObesity(input.waistCm, input.sex);
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

function bmiOf(weightKg: number, heightCm: number): { value: number; category: BmiCategory } {
  const value = bodyMassIndex(weightKg, heightCm);
  return { value, category: classifyBmi(value) };
}
