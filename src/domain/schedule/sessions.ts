import { DateTime } from 'luxon';
import type { ScheduleException } from './exception.js';
import { indexHolidays, type Holiday, type HolidayIndex } from './holiday.js';
import { occurrenceInMonth } from './occurrence.js';
import type { Schedule } from './schedule.js';
import type { Session } from './session.js';

/** A moment given by the caller: luxon or a JS Date. */
export type Instant = DateTime | Date;

// A session lands at most 45 days (a move) or 14 days (a holiday shift) from its month, so looking
// two months either side of a window finds every session that can fall inside it.
const MARGIN_MONTHS = 2;
const MAX_MONTHS = 240;

/**
 * The next `count` sessions that will take place, in start order, from `from` on. A session still
 * running at `from` is included (its end is after `from`). Cancelled occurrences that fall before the
 * last returned session are included too (status 'cancelled') so a reply can say so; they do not count.
 * If several exceptions name the same original date, the last one wins.
 *
 * @example
 * nextSessions(schedule, [], NATIONAL_HOLIDAYS, new Date('2026-03-01T00:00:00Z'), 2).map((s) => s.date);
 * // ['2026-03-10', '2026-04-14'] for "second Tuesday"
 */
export function nextSessions(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  holidays: readonly Holiday[],
  from: Instant,
  count: number,
): Session[] {
  if (count <= 0) return [];
  const context = prepare(exceptions, holidays);
  const fromLocal = toLocal(from, schedule.zone);
  const firstMonth = fromLocal.startOf('month').minus({ months: MARGIN_MONTHS });
  for (let months = count + 2 * MARGIN_MONTHS + 1; ; months *= 2) {
    // Sessions of months not generated yet cannot start before this.
    const safeUntil = firstMonth.plus({ months: months - MARGIN_MONTHS });
    const sessions = generate(schedule, context, firstMonth, months)
      .filter((s) => DateTime.fromISO(s.end) > fromLocal)
      .sort(byStart);
    const result: Session[] = [];
    let held = 0;
    for (const session of sessions) {
      if (DateTime.fromISO(session.start) >= safeUntil) break;
      result.push(session);
      if (session.status !== 'cancelled') held++;
      if (held === count) return result;
    }
    if (months >= MAX_MONTHS) return result;
  }
}

/**
 * Every occurrence (cancelled ones included) whose start lies in `[from, to)`, in start order.
 * A cancelled occurrence is placed at its original date and time.
 *
 * @example
 * occurrencesBetween(schedule, [], NATIONAL_HOLIDAYS, DateTime.fromISO('2026-01-01', { zone: 'Asia/Jakarta' }),
 *   DateTime.fromISO('2027-01-01', { zone: 'Asia/Jakarta' })).length; // 12
 */
export function occurrencesBetween(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  holidays: readonly Holiday[],
  from: Instant,
  to: Instant,
): Session[] {
  const start = toLocal(from, schedule.zone);
  const end = toLocal(to, schedule.zone);
  if (end <= start) return [];
  const firstMonth = start.startOf('month').minus({ months: MARGIN_MONTHS });
  const months = Math.ceil(end.diff(firstMonth, 'months').months) + MARGIN_MONTHS + 1;
  return generate(schedule, prepare(exceptions, holidays), firstMonth, months)
    .filter((s) => {
      const at = DateTime.fromISO(s.start);
      return at >= start && at < end;
    })
    .sort(byStart);
}

/**
 * The session held on a calendar day in the posyandu's zone ("yyyy-MM-dd", or the local day of an
 * instant). When none is held but one planned for that day was cancelled, that one is returned.
 *
 * @example
 * sessionOn(schedule, [], NATIONAL_HOLIDAYS, '2026-03-10')?.start; // '2026-03-10T08:00:00+07:00'
 */
export function sessionOn(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  holidays: readonly Holiday[],
  day: Instant | string,
): Session | undefined {
  const local =
    typeof day === 'string' ? DateTime.fromISO(day, { zone: schedule.zone }) : toLocal(day, schedule.zone);
  const date = local.toISODate();
  const nearby = occurrencesBetween(
    schedule,
    exceptions,
    holidays,
    local.startOf('month').minus({ months: MARGIN_MONTHS }),
    local.endOf('month').plus({ months: MARGIN_MONTHS }),
  );
  return (
    nearby.find((s) => s.status !== 'cancelled' && s.date === date) ??
    nearby.find((s) => s.status === 'cancelled' && s.originalDate === date)
  );
}

interface Context {
  exceptions: ReadonlyMap<string, ScheduleException>;
  holidays: HolidayIndex;
}

function prepare(exceptions: readonly ScheduleException[], holidays: readonly Holiday[]): Context {
  return { exceptions: new Map(exceptions.map((e) => [e.originalDate, e])), holidays: indexHolidays(holidays) };
}

function generate(schedule: Schedule, context: Context, firstMonth: DateTime, months: number): Session[] {
  const sessions: Session[] = [];
  for (let i = 0; i < months; i++) {
    const month = firstMonth.plus({ months: i });
    sessions.push(occurrenceInMonth(schedule, context.exceptions, context.holidays, month.year, month.month));
  }
  return sessions;
}

function toLocal(instant: Instant, zone: string): DateTime {
  return (instant instanceof Date ? DateTime.fromJSDate(instant) : instant).setZone(zone);
}

function byStart(a: Session, b: Session): number {
  return DateTime.fromISO(a.start).toMillis() - DateTime.fromISO(b.start).toMillis() || a.id.localeCompare(b.id);
}
