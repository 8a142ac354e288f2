/**
 * Reads a kader's screening note, typed the way it is written on the Posbindu card:
 * "tensi 150/95 gds 210 bb 68 tb 160 lp 92" (any order, any subset, decimal comma or point).
 * Pure; plausibility is checked apart (`checkScreening`).
 */
import { parseBloodPressure, type BloodPressure } from './blood-pressure.js';
import type { SugarKind } from './blood-sugar.js';

export interface ScreeningText {
  bloodPressure?: BloodPressure;
  sugar?: { mgDl: number; kind: SugarKind };
  weightKg?: number;
  heightCm?: number;
  waistCm?: number;
}

const NUMBER = String.raw`\s*[:=]?\s*(\d{1,3}(?:[.,]\d)?)`;
// Labels as kader write them on the card and in chat (id, su, en). GDP/"puasa" is fasting; any other sugar is random.
const LABELS = {
  fasting: String.raw`(?:gdp|gula\s*(?:darah\s*)?puasa|fasting\s*(?:blood\s*)?sugar)`,
  random: String.raw`(?:gds|gd|gula\s*(?:darah\s*)?(?:sewaktu)?|blood\s*sugar|sugar)`,
  weightKg: String.raw`(?:bb|berat\s*(?:badan)?|beurat|weight)`,
  heightCm: String.raw`(?:tb|tinggi\s*(?:badan)?|jangkung|height)`,
  waistCm: String.raw`(?:lp|lingkar\s*(?:perut|pinggang)|waist)`,
} as const;

function valueAfter(text: string, label: string): number | undefined {
  const match = new RegExp(String.raw`(?:^|[^\p{L}])${label}${NUMBER}`, 'iu').exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1].replace(',', '.'));
}

/**
 * The values a note holds; an empty object when it holds none.
 *
 * @example
 * parseScreeningText('Tensi 150/95, GDP 130, BB 68,5 TB 160 LP 92');
 * // { bloodPressure: { systolic: 150, diastolic: 95 }, sugar: { mgDl: 130, kind: 'fasting' }, weightKg: 68.5, heightCm: 160, waistCm: 92 }
 */
export function parseScreeningText(text: string): ScreeningText {
  const lower = text.toLowerCase();
  const out: ScreeningText = {};
  const bloodPressure = parseBloodPressure(lower);
  if (bloodPressure) out.bloodPressure = bloodPressure;
  const fasting = valueAfter(lower, LABELS.fasting);
  const random = fasting === undefined ? valueAfter(lower, LABELS.random) : undefined;
  if (fasting !== undefined) out.sugar = { mgDl: fasting, kind: 'fasting' };
  else if (random !== undefined) out.sugar = { mgDl: random, kind: 'random' };
  for (const name of ['weightKg', 'heightCm', 'waistCm'] as const) {
    const value = valueAfter(lower, LABELS[name]);
    if (value !== undefined) out[name] = value;
  }
  return out;
}
