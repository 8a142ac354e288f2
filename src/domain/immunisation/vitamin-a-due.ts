import { ageOn } from '../child/age.js';
import { inForce, itemKey, type DoseRecord } from './dose-record.js';
import { vitaminAFor, type VitaminACapsule } from './vitamin-a.js';

/**
 * The capsule for a child's age on a day, whatever the month (a kader who records a capsule given
 * late in March still gives the age's colour): blue 6–11 months, red 12–59 months, else null.
 * Source: as `vitaminAFor` (Kemenkes, Panduan Manajemen Suplementasi Vitamin A).
 *
 * @example
 * capsuleForAge('2025-01-15', '2026-03-09'); // 'red' (13 months)
 */
export function capsuleForAge(birthDate: string, date: string): VitaminACapsule | null {
  const { totalMonths, totalDays } = ageOn(birthDate, date);
  if (totalDays < 0) return null;
  if (totalMonths >= 6 && totalMonths <= 11) return 'blue';
  if (totalMonths >= 12 && totalMonths <= 59) return 'red';
  return null;
}

/**
 * The capsule a child still needs in this vitamin A month (February or August), or null: not a
 * vitamin A month, not of age, or this round's capsule is already recorded.
 *
 * @example
 * vitaminADue('2025-06-01', '2026-02-10', []); // 'blue'
 */
export function vitaminADue(birthDate: string, date: string, records: readonly DoseRecord[]): VitaminACapsule | null {
  const capsule = vitaminAFor(birthDate, date);
  if (!capsule) return null;
  const round = itemKey({ kind: 'vitamin_a', capsule }, date);
  return inForce(records).some((r) => r.item.kind === 'vitamin_a' && itemKey(r.item, r.givenOn) === round) ? null : capsule;
}
