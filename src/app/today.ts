import { DateTime } from 'luxon';

/** The calendar date (YYYY-MM-DD) at an instant in a contact's or posyandu's time zone. */
export function todayIn(now: Date, timezone: string): string {
  return DateTime.fromJSDate(now, { zone: timezone }).toISODate()!;
}
