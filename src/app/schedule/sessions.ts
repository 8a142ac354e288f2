import { DateTime } from 'luxon';
import {
  indexHolidays,
  NATIONAL_HOLIDAYS,
  nextSessions,
  occurrenceInMonth,
  type Session,
} from '../../domain/schedule/index.js';
import type { PosyanduSchedule } from './schedule-records.js';

const HOLIDAYS = indexHolidays(NATIONAL_HOLIDAYS);

/** The parts of a stored schedule that decide its sessions. */
export type ScheduleParts = Pick<PosyanduSchedule, 'schedule' | 'exceptions'>;

/**
 * The next sessions that take place (cancelled ones before them included, so a reply can say so).
 *
 * @example
 * upcoming(record, clock.now(), 1).map((s) => s.date); // ['2026-03-10']
 */
export function upcoming(record: ScheduleParts, now: Date, count: number): Session[] {
  return nextSessions(record.schedule, record.exceptions, NATIONAL_HOLIDAYS, now, count);
}

/**
 * The first session still to come or running, ignoring cancelled ones; undefined without one.
 *
 * @example
 * nextHeld(record, clock.now())?.start; // '2026-03-10T08:00:00+07:00'
 */
export function nextHeld(record: ScheduleParts, now: Date): Session | undefined {
  return upcoming(record, now, 1).find((s) => s.status !== 'cancelled');
}

/**
 * The session a stored schedule gives today for an occurrence id (`<posyandu>@<original date>`), or
 * undefined when the rule no longer produces that occurrence (the rule was changed).
 *
 * @example
 * sessionById(record, 'psy-mawar@2026-03-10')?.status; // 'scheduled', 'moved' or 'cancelled'
 */
export function sessionById(record: ScheduleParts, sessionId: string): Session | undefined {
  const originalDate = sessionId.slice(sessionId.lastIndexOf('@') + 1);
  const day = DateTime.fromISO(originalDate, { zone: 'utc' });
  if (!day.isValid) return undefined;
  const exceptions = new Map(record.exceptions.map((e) => [e.originalDate, e]));
  const session = occurrenceInMonth(record.schedule, exceptions, HOLIDAYS, day.year, day.month);
  return session.id === sessionId ? session : undefined;
}
