/**
 * The anthropometric indices and WHO's biologically-implausible-value (BIV) limits.
 */

/**
 * Index codes: weight-for-age, length/height-for-age, weight-for-length/height, BMI-for-age,
 * head circumference-, arm circumference-, triceps skinfold- and subscapular skinfold-for-age.
 */
export type Indicator = 'waz' | 'haz' | 'whz' | 'baz' | 'hcz' | 'acz' | 'tsz' | 'ssz';

/** All indices in output order. */
export const INDICATORS: readonly Indicator[] = ['waz', 'haz', 'whz', 'baz', 'hcz', 'acz', 'tsz', 'ssz'];

/** One value per index; an index absent (or `undefined`) was not defined for this child. */
export type PerIndicator<T> = Partial<Record<Indicator, T>>;

/** WHO's BIV limits (anthro / anthroplus): outside [low, high] the z-score is flagged. */
const BIV_LIMITS: Record<Indicator, readonly [number, number]> = {
  waz: [-6, 5],
  haz: [-6, 6],
  whz: [-5, 5],
  baz: [-5, 5],
  hcz: [-5, 5],
  acz: [-5, 5],
  tsz: [-5, 5],
  ssz: [-5, 5],
};

/**
 * True when a z-score is biologically implausible. WHO evaluates this on the 2-decimal z, so pass that.
 *
 * @example
 * isImplausible('waz', 5.01); // true
 * isImplausible('waz', -5.5); // false (WAZ goes down to −6)
 */
export function isImplausible(indicator: Indicator, roundedZ: number): boolean {
  const [low, high] = BIV_LIMITS[indicator];
  return roundedZ < low || roundedZ > high;
}
