import { DateTime } from 'luxon';
import type { Lang } from '../../shared/lang.js';
import type { ReminderKind } from './reminders.js';
import type { Session } from './session.js';
import { serviceList, SUNDANESE_MONTHS, SUNDANESE_WEEKDAYS } from './vocabulary.js';
import { zoneLabel } from './zones.js';

/** How the session day relates to today, by calendar day in the posyandu's zone. */
export type RelativeDay = 'today' | 'tomorrow' | 'day_after_tomorrow' | 'this_week' | 'other';

/** A locale key with its parameters, for the i18n layer to render. */
export interface Described {
  key: string;
  params: Record<string, string>;
  /** Only when there is a session. */
  relative?: RelativeDay;
}

/**
 * Key and params to answer "kapan posyandu?". Keys: `schedule.next.<relative>` for a session that takes
 * place as planned, `schedule.moved` / `schedule.moved_holiday`, `schedule.cancelled` /
 * `schedule.cancelled_holiday` (each holiday key with `_tentative` when the holiday date is an
 * estimate), and `schedule.none` when there is no session. Params: weekday, date
 * ("12 Maret"), year, start, end ("08.00" in id/su, "08:00" in en), zone (WIB/WITA/WIT), place,
 * services, originalWeekday, originalDate, holiday, note.
 *
 * @example
 * describeSession(session, new Date('2026-03-09T03:00:00Z'), 'id');
 * // { key: 'schedule.next.tomorrow', params: { weekday: 'Selasa', date: '10 Maret', start: '08.00', … }, relative: 'tomorrow' }
 */
export function describeSession(session: Session | undefined, now: Date | DateTime, lang: Lang): Described {
  if (!session) return { key: 'schedule.none', params: {} };
  const relative = relativeDay(session, now);
  const params = sessionParams(session, lang);
  // A closed weekday has no holiday name to give, so it reads as a plain move or cancellation.
  const holiday = session.reason === 'holiday' && session.holiday !== undefined;
  // Next year's holidays may be estimates until the government publishes them: families should know.
  const tentative = holiday && session.holiday?.tentative === true;
  if (session.status === 'cancelled') {
    return { key: tentative ? 'schedule.cancelled_holiday_tentative' : holiday ? 'schedule.cancelled_holiday' : 'schedule.cancelled', params, relative };
  }
  if (session.status === 'moved') {
    return { key: tentative ? 'schedule.moved_holiday_tentative' : holiday ? 'schedule.moved_holiday' : 'schedule.moved', params, relative };
  }
  return { key: `schedule.next.${relative}`, params, relative };
}

/**
 * Key and params of a reminder message: `schedule.reminder.<kind>` for built-in kinds,
 * `schedule.reminder.custom` for a posyandu's own; params as in {@link describeSession}.
 *
 * @example
 * reminderMessage('evening_before', session, 'su').key; // 'schedule.reminder.evening_before'
 */
export function reminderMessage(kind: ReminderKind, session: Session, lang: Lang): Described {
  const key = kind.startsWith('custom_') ? 'schedule.reminder.custom' : `schedule.reminder.${kind}`;
  return { key, params: sessionParams(session, lang) };
}

/**
 * The calendar-day relation of a session to `now`, both seen in the posyandu's zone. `this_week` is
 * three or more days ahead within the same Monday–Sunday week.
 *
 * @example
 * relativeDay(session, new Date('2026-03-09T16:59:00Z')); // 'today' (23:59 WIB on the session day)
 */
export function relativeDay(session: Session, now: Date | DateTime): RelativeDay {
  const today = (now instanceof Date ? DateTime.fromJSDate(now) : now).setZone(session.zone).startOf('day');
  const day = DateTime.fromISO(session.date, { zone: session.zone }).startOf('day');
  const days = Math.round(day.diff(today, 'days').days);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === 2) return 'day_after_tomorrow';
  if (days > 2 && day.weekNumber === today.weekNumber && day.weekYear === today.weekYear) return 'this_week';
  return 'other';
}

/**
 * A session's parameters for any text that names it (the keys {@link describeSession} lists).
 *
 * @example
 * sessionParams(session, 'id').place; // 'Balai RW 06'
 */
export function sessionParams(session: Session, lang: Lang): Record<string, string> {
  const start = DateTime.fromISO(session.start, { setZone: true });
  const end = DateTime.fromISO(session.end, { setZone: true });
  const day = DateTime.fromISO(session.date, { zone: session.zone });
  const original = DateTime.fromISO(session.originalDate, { zone: session.zone });
  return {
    weekday: weekdayName(day, lang),
    date: dayMonth(day, lang),
    year: String(day.year),
    start: clock(start, lang),
    end: clock(end, lang),
    zone: zoneLabel(session.zone),
    place: session.place,
    services: serviceList(session.services, lang),
    originalWeekday: weekdayName(original, lang),
    originalDate: dayMonth(original, lang),
    holiday: session.holiday ? (lang === 'en' ? session.holiday.nameEn : session.holiday.nameId) : '',
    note: session.note ?? '',
  };
}

function weekdayName(day: DateTime, lang: Lang): string {
  return lang === 'su' ? (SUNDANESE_WEEKDAYS[day.weekday - 1] ?? '') : day.setLocale(lang).toFormat('cccc');
}

function dayMonth(day: DateTime, lang: Lang): string {
  return lang === 'su' ? `${day.day} ${SUNDANESE_MONTHS[day.month - 1] ?? ''}` : day.setLocale(lang).toFormat('d LLLL');
}

// Indonesian writes times with a dot ("08.00"); the English texts keep 24-hour time with a colon so
// the hour reads the same as on the posyandu's banner.
function clock(time: DateTime, lang: Lang): string {
  return time.toFormat(lang === 'en' ? 'HH:mm' : 'HH.mm');
}
