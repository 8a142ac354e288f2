import { DateTime } from 'luxon';
import type { ScheduleException } from './exception.js';
import type { HolidayIndex } from './holiday.js';
import { ruleDateInMonth } from './recurrence.js';
import type { Schedule } from './schedule.js';
import { sessionId, type Session } from './session.js';
import { minutesOfDay } from './time-of-day.js';
import { dayOff, nearestWorkingDay } from './working-day.js';

/**
 * The session a schedule gives in one month, after exceptions (which win) and the holiday policy.
 *
 * @example
 * occurrenceInMonth(schedule, new Map(), indexHolidays(NATIONAL_HOLIDAYS), 2026, 8).date; // '2026-08-18' if the rule gave the 17th
 */
export function occurrenceInMonth(
  schedule: Schedule,
  exceptions: ReadonlyMap<string, ScheduleException>,
  holidays: HolidayIndex,
  year: number,
  month: number,
): Session {
  const originalDate = ruleDateInMonth(schedule.rule, year, month);
  const base = build(schedule, originalDate, originalDate, schedule.start, schedule.end, 'scheduled');
  const exception = exceptions.get(originalDate);
  if (exception?.kind === 'cancelled') return withNote({ ...base, status: 'cancelled', reason: 'exception' }, exception.note);
  if (exception?.kind === 'moved') {
    const start = exception.start ?? schedule.start;
    const end =
      exception.end !== undefined && minutesOfDay(exception.end) > minutesOfDay(start)
        ? exception.end
        : keepDuration(schedule, start);
    const moved = build(schedule, originalDate, exception.date ?? originalDate, start, end, 'moved');
    return withNote({ ...moved, place: exception.place ?? schedule.place, reason: 'exception' }, exception.note);
  }
  const off = dayOff(originalDate, holidays, schedule.holidayPolicy);
  if (!off) return base;
  const reason = off.kind;
  const holiday = off.kind === 'holiday' ? { holiday: off.holiday } : {};
  const action = schedule.holidayPolicy.onHoliday;
  if (action === 'keep') return { ...base, ...holiday };
  if (action === 'skip') return { ...base, status: 'cancelled', reason, ...holiday };
  const direction = action === 'next_working_day' ? 1 : -1;
  const shifted = nearestWorkingDay(originalDate, direction, holidays, schedule.holidayPolicy);
  if (!shifted) return { ...base, status: 'cancelled', reason, ...holiday };
  return { ...build(schedule, originalDate, shifted, schedule.start, schedule.end, 'moved'), reason, ...holiday };
}

function build(
  schedule: Schedule,
  originalDate: string,
  date: string,
  start: string,
  end: string,
  status: Session['status'],
): Session {
  return {
    id: sessionId(schedule.posyanduId, originalDate),
    posyanduId: schedule.posyanduId,
    originalDate,
    date,
    start: localIso(date, start, schedule.zone),
    end: localIso(date, end, schedule.zone),
    zone: schedule.zone,
    place: schedule.place,
    services: [...schedule.services],
    status,
  };
}

function localIso(date: string, time: string, zone: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

// A move that only changes the start keeps the usual length, capped at the end of the day.
function keepDuration(schedule: Schedule, start: string): string {
  const length = minutesOfDay(schedule.end) - minutesOfDay(schedule.start);
  const end = Math.min(minutesOfDay(start) + length, 23 * 60 + 59);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

function withNote(session: Session, note: string | undefined): Session {
  return note === undefined ? session : { ...session, note };
}
