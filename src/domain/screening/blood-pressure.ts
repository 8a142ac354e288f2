/**
 * Blood pressure categories for adults, read at a posyandu (the former Posbindu PTM).
 *
 * Source: JNC 7 (Chobanian et al., JAMA 2003;289:2560) as Kemenkes P2PTM publishes it for Posbindu
 * ("Klasifikasi Hipertensi": normal < 120 dan < 80; pra-hipertensi 120–139 atau 80–89; hipertensi
 * derajat 1 140–159 atau 90–99; derajat 2 ≥ 160 atau ≥ 100). Hypertension starts at 140/90 mmHg
 * (Kemenkes, PERHI Konsensus Penatalaksanaan Hipertensi 2019). The worse of the two numbers decides.
 * `crisis` marks ≥ 180 or ≥ 110 mmHg, PERHI 2019's threshold for a hypertensive crisis: the person is
 * told to go to the puskesmas today rather than at their convenience.
 */

export type BloodPressureCategory = 'normal' | 'prehypertension' | 'hypertension_1' | 'hypertension_2';

/** Systolic and diastolic, whole mmHg, as the kader reads them off the device. */
export interface BloodPressure {
  readonly systolic: number;
  readonly diastolic: number;
}

/** Where hypertension starts (mmHg); at or above either one counts. */
export const HYPERTENSION_FROM = { systolic: 140, diastolic: 90 } as const;
/** PERHI 2019: hypertensive crisis from 180 systolic or 110 diastolic. */
export const CRISIS_FROM = { systolic: 180, diastolic: 110 } as const;

const RANK: readonly BloodPressureCategory[] = ['normal', 'prehypertension', 'hypertension_1', 'hypertension_2'];

function systolicCategory(mmHg: number): BloodPressureCategory {
  if (mmHg >= 160) return 'hypertension_2';
  if (mmHg >= HYPERTENSION_FROM.systolic) return 'hypertension_1';
  return mmHg >= 120 ? 'prehypertension' : 'normal';
}

function diastolicCategory(mmHg: number): BloodPressureCategory {
  if (mmHg >= 100) return 'hypertension_2';
  if (mmHg >= HYPERTENSION_FROM.diastolic) return 'hypertension_1';
  return mmHg >= 80 ? 'prehypertension' : 'normal';
}

/**
 * The JNC 7 category: the higher of the systolic and the diastolic one.
 *
 * @example
 * classifyBloodPressure({ systolic: 130, diastolic: 92 }); // 'hypertension_1'
 */
export function classifyBloodPressure(bp: BloodPressure): BloodPressureCategory {
  const s = RANK.indexOf(systolicCategory(bp.systolic));
  const d = RANK.indexOf(diastolicCategory(bp.diastolic));
  return RANK[Math.max(s, d)] ?? 'normal';
}

/**
 * A hypertensive crisis (≥ 180 or ≥ 110): refer the same day.
 *
 * @example
 * isBloodPressureCrisis({ systolic: 182, diastolic: 95 }); // true
 */
export function isBloodPressureCrisis(bp: BloodPressure): boolean {
  return bp.systolic >= CRISIS_FROM.systolic || bp.diastolic >= CRISIS_FROM.diastolic;
}

/**
 * Reads "130/85", "130 / 85", "130-85" or "130 per 85" (a kader's notes, with or without "tensi" or
 * "mmHg"); undefined when the text holds not exactly one such pair. Plausibility is checked apart.
 *
 * @example
 * parseBloodPressure('tensi 130/85 mmHg'); // { systolic: 130, diastolic: 85 }
 */
export function parseBloodPressure(text: string): BloodPressure | undefined {
  const pairs = [...text.toLowerCase().matchAll(/(?<!\d)(\d{2,3})\s*(?:\/|-|per|\\)\s*(\d{2,3})(?!\d)/g)];
  if (pairs.length !== 1) return undefined;
  const [, s, d] = pairs[0] as RegExpMatchArray;
  return { systolic: Number(s), diastolic: Number(d) };
}
