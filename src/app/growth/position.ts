import { ageInDays, type Measure } from '../../domain/growth/index.js';

/** WHO's standards are length-based (lying) to day 730 and height-based (standing) from day 731. */
const STANDING_FROM_DAY = 731;
/** Around the two-year switch children are measured either way: ask rather than guess, up to 3 years. */
const ASK_POSITION_BEFORE_DAY = 3 * 365 + 1;

/**
 * The position to assume when nobody said: lying under two years, standing from two years, as the
 * Permenkes measuring rule (PB 0–24 months, TB above).
 *
 * @example
 * measureFor('2025-01-15', '2026-03-09'); // 'L'
 */
export function measureFor(birthDate: string, visitDate: string): Measure {
  return (ageInDays(birthDate, visitDate) ?? 0) < STANDING_FROM_DAY ? 'L' : 'H';
}

/**
 * Whether to ask lying or standing: only when a length/height was typed without a position and the
 * child is 0–3 years old, where families and kader measure both ways and 0.7 cm changes the z-score.
 *
 * @example
 * positionQuestionNeeded('2023-06-10', '2026-03-09', { lengthCm: 88 }); // true (2 years 9 months)
 * positionQuestionNeeded('2025-01-15', '2026-03-09', { lengthCm: 72, position: 'L' }); // false
 */
export function positionQuestionNeeded(birthDate: string, visitDate: string, values: { lengthCm?: number; position?: Measure }): boolean {
  if (values.lengthCm === undefined || values.position !== undefined) return false;
  const days = ageInDays(birthDate, visitDate);
  return days !== undefined && days >= 0 && days < ASK_POSITION_BEFORE_DAY;
}
