import { DateTime } from 'luxon';
import type { Holiday, HolidayIndex } from './holiday.js';
import type { HolidayPolicy } from './schedule.js';

/** Why a day is not a working day for a posyandu, or `undefined` when it is one. */
export type DayOff = { kind: 'holiday'; holiday: Holiday } | { kind: 'closed_weekday' };

/** A shift never searches further than this; past it the session is cancelled (no such stretch exists in practice). */
const MAX_SHIFT_DAYS = 14;

/**
 * Whether a date ("yyyy-MM-dd") is off for this posyandu, and why.
 *
 * @example
 * dayOff('2026-08-17', indexHolidays(NATIONAL_HOLIDAYS), policy); // { kind: 'holiday', holiday: {…} }
 */
export function dayOff(date: string, holidays: HolidayIndex, policy: HolidayPolicy): DayOff | undefined {
  const holiday = (holidays.get(date) ?? []).find((h) => !h.cutiBersama || policy.cutiBersamaIsHoliday);
  if (holiday) return { kind: 'holiday', holiday };
  const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
  return policy.closedWeekdays.includes(weekday) ? { kind: 'closed_weekday' } : undefined;
}

/**
 * The nearest working day after (`direction` 1) or before (-1) a date, or `undefined` when none is near.
 *
 * @example
 * nearestWorkingDay('2026-03-21', 1, index, policy); // '2026-03-25' (Idul Fitri, then cuti bersama)
 */
export function nearestWorkingDay(
  date: string,
  direction: 1 | -1,
  holidays: HolidayIndex,
  policy: HolidayPolicy,
): string | undefined {
  let day = DateTime.fromISO(date, { zone: 'utc' });
  for (let step = 0; step < MAX_SHIFT_DAYS; step++) {
    day = day.plus({ days: direction });
    const iso = day.toISODate() ?? '';
    if (!dayOff(iso, holidays, policy)) return iso;
  }
  return undefined;
}
