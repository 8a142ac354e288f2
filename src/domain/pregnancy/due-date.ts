/**
 * Dates of a pregnancy from what the mother knows: the first day of her last menstrual period
 * (HPHT, hari pertama haid terakhir) or the estimated due date (HPL, hari perkiraan lahir) her
 * midwife wrote in the Buku KIA. Dates are ISO calendar days (YYYY-MM-DD).
 */
import { DateTime } from 'luxon';

/** A term pregnancy counted from the HPHT: 40 weeks. */
export const PREGNANCY_DAYS = 280;
/**
 * How long after the due date the pregnancy is kept without news of the birth: post-term starts at
 * 42 weeks (due + 14 days), and four more weeks leave time to hear of the baby. Then it lapses.
 */
export const LAPSE_AFTER_DUE_DAYS = 42;

const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' });

/**
 * Naegele's rule as the Buku KIA teaches it: day + 7, month − 3, year + 1 (the calendar form, so
 * it agrees with what the midwife writes; it differs from HPHT + 280 days by at most a few days).
 *
 * @example
 * dueDateFromLmp('2026-05-10'); // '2027-02-17'
 * dueDateFromLmp('2026-02-25'); // '2026-12-04' (25 Feb + 7 days is 4 March)
 */
export function dueDateFromLmp(lmp: string): string {
  return day(lmp).plus({ days: 7 }).minus({ months: 3 }).plus({ years: 1 }).toISODate() as string;
}

/**
 * Completed weeks and days of pregnancy on `today`, counted back from the due date (due − 280 days
 * is day 0): the "usia kehamilan" a midwife says.
 *
 * @example
 * gestationOn('2026-12-02', '2026-06-01'); // { weeks: 13, days: 5, totalDays: 96 }
 */
export function gestationOn(dueDate: string, today: string): { weeks: number; days: number; totalDays: number } {
  const totalDays = PREGNANCY_DAYS - Math.round(day(dueDate).diff(day(today), 'days').days);
  return { weeks: Math.floor(totalDays / 7), days: totalDays % 7, totalDays };
}

/** The day a pregnancy without news of the birth lapses (erased by the daily job). */
export function lapseDate(dueDate: string): string {
  return day(dueDate).plus({ days: LAPSE_AFTER_DUE_DAYS }).toISODate() as string;
}

export type DueDateProblem = 'in_future' | 'too_long_ago' | 'too_far' | 'past_lapse';

/**
 * Why an HPHT cannot be right on `today`, if it cannot: in the future, or so long ago that the
 * pregnancy would have lapsed.
 *
 * @example
 * lmpProblem('2026-08-01', '2026-06-01'); // 'in_future'
 */
export function lmpProblem(lmp: string, today: string): DueDateProblem | undefined {
  if (lmp > today) return 'in_future';
  return dueDateProblem(dueDateFromLmp(lmp), today) === 'past_lapse' ? 'too_long_ago' : undefined;
}

/**
 * Why a stated due date cannot be right on `today`: past the lapse, or more than 40 weeks ahead.
 *
 * @example
 * dueDateProblem('2027-06-01', '2026-06-01'); // 'too_far'
 */
export function dueDateProblem(dueDate: string, today: string): DueDateProblem | undefined {
  if (lapseDate(dueDate) <= today) return 'past_lapse';
  return gestationOn(dueDate, today).totalDays < 0 ? 'too_far' : undefined;
}
