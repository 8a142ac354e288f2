import { DateTime } from 'luxon';
import { z } from 'zod';
import { clockUnits, minutesOfDay, timeOfDaySchema } from './time-of-day.js';

/**
 * Local hours in which nobody should get a message. `start` after `end` wraps midnight
 * (21:00–06:00); `start` equal to `end` means no quiet hours.
 *
 * @example
 * quietHoursSchema.parse({ start: '21:00', end: '06:00' });
 */
export const quietHoursSchema = z.object({ start: timeOfDaySchema, end: timeOfDaySchema });
export type QuietHours = z.infer<typeof quietHoursSchema>;

/** 21:00–06:00 local: late evening and before dawn prayers are over. */
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '06:00' };

/**
 * The first moment at or after `at` that is outside quiet hours in `zone`. Usable by any sender.
 *
 * @example
 * nextAllowedSendTime(new Date('2026-03-09T15:00:00Z'), 'Asia/Jakarta'); // 22:00 WIB → 2026-03-09T23:00:00Z (06:00 WIB next day)
 */
export function nextAllowedSendTime(at: Date, zone: string, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date {
  const local = DateTime.fromJSDate(at).setZone(zone);
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  if (start === end) return new Date(at);
  const now = local.hour * 60 + local.minute + (local.second * 1000 + local.millisecond) / 60_000;
  const wraps = start > end;
  const inQuiet = wraps ? now >= start || now < end : now >= start && now < end;
  if (!inQuiet) return new Date(at);
  const endToday = local.set(clockUnits(quiet.end));
  // Past the start of a wrapping window the allowed time is tomorrow morning.
  const allowed = wraps && now >= start ? endToday.plus({ days: 1 }) : endToday;
  return allowed.toJSDate();
}
