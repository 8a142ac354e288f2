/**
 * Length (lying) versus height (standing): WHO's 2006 standards are length-based to day 730 and
 * height-based from day 731, and a child measured the other way is converted by 0.7 cm.
 */

/** How the child was measured: `L` lying (length, PB), `H` standing (height, TB). */
export type Measure = 'L' | 'H';

/** Age from which WHO's references are height-based. */
export const HEIGHT_FROM_DAY = 731;

/** The converted length/height and whether a standing measure was refused for being under 9 months. */
export interface AdjustedLenhei {
  clenhei: number;
  standingUnder9Months: boolean;
}

/**
 * Converts a measured length/height to the reference's basis, as WHO anthro 1.1.0 does:
 * under 731 days and standing → +0.7 cm, except under 9 months, where standing is considered
 * implausible: no correction and `standingUnder9Months` set; from 731 days and lying → −0.7 cm;
 * unknown position → unchanged.
 *
 * @example
 * adjustLenhei(60, 'H', 8 * 30.4375, 8).clenhei; // 60
 * adjustLenhei(60, 'H', 274, 9.0021).clenhei; // 60.7
 */
export function adjustLenhei(
  lenhei: number,
  measure: Measure | undefined,
  ageDays: number,
  ageMonths: number,
): AdjustedLenhei {
  if (measure === 'H' && ageDays < HEIGHT_FROM_DAY) {
    if (ageMonths < 9) return { clenhei: lenhei, standingUnder9Months: true };
    return { clenhei: lenhei + 0.7, standingUnder9Months: false };
  }
  if (measure === 'L' && ageDays >= HEIGHT_FROM_DAY) return { clenhei: lenhei - 0.7, standingUnder9Months: false };
  return { clenhei: lenhei, standingUnder9Months: false };
}
