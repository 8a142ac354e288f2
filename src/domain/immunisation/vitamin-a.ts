import { DateTime } from 'luxon';
import { ageOn } from '../child/age.js';

export type VitaminACapsule = 'blue' | 'red';

/**
 * Vitamin A months (Bulan Vitamin A) of the national programme: February and August, at the posyandu.
 * Source: Kemenkes, Panduan Manajemen Suplementasi Vitamin A (edition to be checked, like schedule.json) — blue capsule (100 000 IU) for
 * babies 6–11 months, red capsule (200 000 IU) for children 12–59 months.
 */
export const VITAMIN_A_MONTHS: readonly number[] = [2, 8];

/**
 * Which capsule a child should get this month, or null (not a vitamin A month, or too young or too old).
 *
 * @example
 * vitaminAFor('2025-06-01', '2026-02-10'); // 'blue' (8 months)
 */
export function vitaminAFor(birthDate: string, today: string): VitaminACapsule | null {
  if (!VITAMIN_A_MONTHS.includes(DateTime.fromISO(today, { zone: 'utc' }).month)) return null;
  const { totalMonths, totalDays } = ageOn(birthDate, today);
  if (totalDays < 0) return null;
  if (totalMonths >= 6 && totalMonths <= 11) return 'blue';
  if (totalMonths >= 12 && totalMonths <= 59) return 'red';
  return null;
}
