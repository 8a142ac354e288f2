/**
 * The LMS method (Cole 1990) as WHO applies it: z-scores, values at a given z, and WHO's restricted z
 * beyond ±3 SD (the distance between the ±2 and ±3 SD curves is the unit out there, because the
 * skewed tail of weight-based indicators would otherwise shrink extreme z-scores).
 */

/** Box-Cox power (L), median (M) and coefficient of variation (S) at one point of a reference. */
export interface Lms {
  L: number;
  M: number;
  S: number;
}

/**
 * The value if the LMS formulas can take it (positive and finite), else undefined. Derived values
 * need this as much as typed ones: the BMI of a 5e-324 cm child is Infinity, and a 0.5 cm length
 * converted to height is negative.
 *
 * @example
 * measurable(8.5);      // 8.5
 * measurable(Infinity); // undefined
 */
export function measurable(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * The measurement that lies `z` SD from the median: `M · (1 + L·S·z)^(1/L)`.
 * Chart renderers use it to draw the −3 … +3 SD curves.
 *
 * @example
 * valueAtZ({ L: 1, M: 50, S: 0.04 }, -2); // 46
 */
export function valueAtZ(lms: Lms, z: number): number {
  if (Math.abs(lms.L) < 1e-12) return lms.M * Math.exp(lms.S * z);
  return lms.M * Math.pow(1 + lms.L * lms.S * z, 1 / lms.L);
}

/**
 * Plain LMS z-score, used by WHO for length/height- and head-circumference-for-age.
 *
 * @example
 * lmsZ(46, { L: 1, M: 50, S: 0.04 }); // -2
 */
export function lmsZ(y: number, lms: Lms): number {
  if (Math.abs(lms.L) < 1e-12) return Math.log(y / lms.M) / lms.S;
  return (Math.pow(y / lms.M, lms.L) - 1) / (lms.L * lms.S);
}

/**
 * WHO's restricted z-score for weight-based indicators: beyond ±3 SD the distance between the ±2 and
 * ±3 SD values is taken as one SD (strict inequalities, as in WHO's `compute_zscore_adjusted`).
 *
 * @example
 * restrictedZ(5.0, { L: 0.3487, M: 3.3464, S: 0.14602 }); // ≈ 3.0 (the +3 SD weight at birth, boys)
 */
export function restrictedZ(y: number, lms: Lms): number {
  const z = lmsZ(y, lms);
  if (z > 3) {
    const sd3 = valueAtZ(lms, 3);
    return 3 + (y - sd3) / (sd3 - valueAtZ(lms, 2));
  }
  if (z < -3) {
    const sd3 = valueAtZ(lms, -3);
    return -3 + (y - sd3) / (valueAtZ(lms, -2) - sd3);
  }
  return z;
}

/**
 * Rounds a z-score to 2 decimals as WHO prints it: on the exact binary value, true halves away from
 * zero (so 2.005, stored as 2.00499…, gives 2.00 as in R). Fast path by scaling; `toFixed` (exact but
 * slow) only settles values that sit on a half after scaling.
 *
 * @example
 * roundZ(-2.004); // -2
 * roundZ(2.005); // 2
 */
export function roundZ(z: number): number {
  // Past 2^52 a double has no decimals to round, and scaling by 100 could overflow to Infinity.
  if (Math.abs(z) >= 2 ** 52) return z;
  const scaled = Math.abs(z) * 100;
  const fraction = scaled - Math.floor(scaled);
  const rounded = Math.abs(fraction - 0.5) < 1e-6 ? Number(Math.abs(z).toFixed(2)) : Math.round(scaled) / 100;
  return rounded === 0 ? 0 : z < 0 ? -rounded : rounded;
}
