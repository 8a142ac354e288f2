/**
 * Body mass index and waist circumference of adults, with the Asian cut-offs Indonesia uses.
 *
 * BMI source: Kemenkes, Pedoman Gizi Seimbang 2014 and P2PTM "Klasifikasi obesitas setelah
 * pengukuran IMT" (WHO Asia-Pacific 2000 as adapted): kurus < 18,5; normal 18,5–25,0; gemuk
 * (overweight) > 25,0–27,0; obesitas > 27,0 kg/m². We classify the BMI rounded to one decimal, the
 * number the person is told, so number and category never disagree (25,04 prints 25,0: normal).
 *
 * Waist source: Kemenkes P2PTM (obesitas sentral) and the IDF consensus 2006 for Asian people:
 * central obesity from 90 cm in men and 80 cm in women.
 */

export type BmiCategory = 'underweight' | 'normal' | 'overweight' | 'obese';

export const BMI_CUTOFFS = { normalFrom: 18.5, overweightAbove: 25.0, obeseAbove: 27.0 } as const;
export const CENTRAL_OBESITY_FROM_CM = { male: 90, female: 80 } as const;

/**
 * Weight over height squared, to one decimal.
 *
 * @example
 * bodyMassIndex(70, 165); // 25.7
 */
export function bodyMassIndex(weightKg: number, heightCm: number): number {
  const metres = heightCm / 100;
  return Math.round((weightKg / (metres * metres)) * 10) / 10;
}

/**
 * The Kemenkes category of a BMI (one decimal).
 *
 * @example
 * classifyBmi(25.0); // 'normal'
 * classifyBmi(25.1); // 'overweight'
 */
export function classifyBmi(bmi: number): BmiCategory {
  if (bmi < BMI_CUTOFFS.normalFrom) return 'underweight';
  if (bmi <= BMI_CUTOFFS.overweightAbove) return 'normal';
  return bmi <= BMI_CUTOFFS.obeseAbove ? 'overweight' : 'obese';
}

/**
 * Central obesity by waist circumference: 90 cm and more for men, 80 cm and more for women.
 *
 * @example
 * isCentralObesity(80, 'female'); // true
 */
export function isCentralObesity(waistCm: number, sex: 'male' | 'female'): boolean {
  return waistCm >= CENTRAL_OBESITY_FROM_CM[sex];
}
