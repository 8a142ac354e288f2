/**
 * Blood sugar read at a posyandu screening (a capillary glucometer), in mg/dL.
 *
 * Source: PERKENI, Pedoman Pengelolaan dan Pencegahan Diabetes Melitus Tipe 2 Dewasa di Indonesia
 * 2021 (and Kemenkes P2PTM): the diabetes range is a fasting sugar (GDP) ≥ 126 mg/dL or a random
 * sugar (GDS) ≥ 200 mg/dL; a fasting sugar of 100–125 mg/dL is impaired fasting glucose (GDPT,
 * prediabetes). Hypoglycaemia is < 70 mg/dL (PERKENI 2021, level 1, the ADA threshold it follows).
 * A screening value is not a diagnosis: either end is a reason to see the puskesmas, never a label.
 */

/** GDS: random (sewaktu), any time of day. GDP: fasting (puasa), after at least 8 hours without food. */
export type SugarKind = 'random' | 'fasting';

export type BloodSugarCategory = 'low' | 'normal' | 'prediabetes' | 'high';

export const SUGAR_THRESHOLDS = {
  /** Below this is hypoglycaemia, whatever the kind. */
  lowBelow: 70,
  random: { highFrom: 200 },
  fasting: { prediabetesFrom: 100, highFrom: 126 },
} as const;

/**
 * The screening category of one sugar value. A random value has no prediabetes band: after a
 * meal 100–199 mg/dL is ordinary.
 *
 * @example
 * classifyBloodSugar(126, 'fasting'); // 'high'
 * classifyBloodSugar(199, 'random'); // 'normal'
 */
export function classifyBloodSugar(mgDl: number, kind: SugarKind): BloodSugarCategory {
  if (mgDl < SUGAR_THRESHOLDS.lowBelow) return 'low';
  if (kind === 'random') return mgDl >= SUGAR_THRESHOLDS.random.highFrom ? 'high' : 'normal';
  if (mgDl >= SUGAR_THRESHOLDS.fasting.highFrom) return 'high';
  return mgDl >= SUGAR_THRESHOLDS.fasting.prediabetesFrom ? 'prediabetes' : 'normal';
}
