import { DateTime } from 'luxon';

export interface AgeParts {
  years: number;
  months: number;
  /** Whole months since birth. */
  totalMonths: number;
  totalDays: number;
}

/**
 * A child's age in completed years, months and days, as families say it.
 *
 * @example
 * ageOn('2024-03-12', '2025-06-20'); // { years: 1, months: 3, totalMonths: 15, totalDays: 465 }
 */
export function ageOn(birthDate: string, today: string): AgeParts {
  const birth = DateTime.fromISO(birthDate, { zone: 'utc' });
  const now = DateTime.fromISO(today, { zone: 'utc' });
  const diff = now.diff(birth, ['years', 'months']).toObject();
  const years = Math.floor(diff.years ?? 0);
  const months = Math.floor(diff.months ?? 0);
  return { years, months, totalMonths: years * 12 + months, totalDays: Math.round(now.diff(birth, 'days').days) };
}

/**
 * The locale key and parameters that say an age: days for a newborn, months under two, then years and months.
 *
 * @example
 * ageMessage(ageOn('2024-03-12', '2025-06-20')); // { key: 'age.months', params: { months: 15 } }
 */
export function ageMessage(age: AgeParts): { key: string; params: Record<string, number> } {
  if (age.totalMonths < 1) return { key: 'age.days', params: { days: age.totalDays } };
  if (age.totalMonths < 24) return { key: 'age.months', params: { months: age.totalMonths } };
  if (age.months === 0) return { key: 'age.years', params: { years: age.years } };
  return { key: 'age.years_months', params: { years: age.years, months: age.months } };
}
