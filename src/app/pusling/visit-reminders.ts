import { DateTime } from 'luxon';
import type { PuslingSchedule } from '../../domain/pusling/index.js';
import { DEFAULT_QUIET_HOURS, nextAllowedSendTime, type QuietHours } from '../../domain/schedule/quiet-hours.js';
import type { PuslingReminderJob } from './pusling-ports.js';

/** Like posyandu sessions: the evening before after maghrib, and the morning of at the end of quiet hours. */
const RULES = [
  { kind: 'evening_before', daysBefore: 1, at: { hour: 18, minute: 30 } },
  { kind: 'morning_of', daysBefore: 0, at: { hour: 6, minute: 0 } },
] as const;

/**
 * Names one schedule of a request, so reminders planned for it are told apart from a later one's.
 *
 * @example
 * scheduleStamp({ date: '2026-04-14', time: '08:00', … }); // '20260414T0800'
 */
export function scheduleStamp(schedule: Pick<PuslingSchedule, 'date' | 'time'>): string {
  return `${schedule.date.replace(/-/g, '')}T${schedule.time.replace(':', '')}`;
}

/**
 * The reminders still to send for a scheduled visit: the evening before (18:30) and the morning of
 * (06:00), moved out of quiet hours; none at or after the start; a passed `morning_of` goes as soon
 * as allowed while the visit has not started.
 *
 * @example
 * planVisitReminders('pr-1', schedule, new Date('2026-04-01T00:00:00Z')).map((r) => r.job.kind); // ['evening_before', 'morning_of']
 */
export function planVisitReminders(
  requestId: string,
  schedule: Pick<PuslingSchedule, 'date' | 'time' | 'zone' | 'startsAt'>,
  now: Date,
  quiet: QuietHours = DEFAULT_QUIET_HOURS,
): Array<{ job: PuslingReminderJob; at: Date }> {
  const day = DateTime.fromISO(schedule.date, { zone: schedule.zone });
  const start = new Date(schedule.startsAt);
  const stamp = scheduleStamp(schedule);
  return RULES.flatMap((rule) => {
    const wanted = day.minus({ days: rule.daysBefore }).set({ ...rule.at, second: 0, millisecond: 0 }).toJSDate();
    let at = nextAllowedSendTime(wanted, schedule.zone, quiet);
    if (at < now && rule.kind === 'morning_of') at = nextAllowedSendTime(now, schedule.zone, quiet);
    if (at < now || at >= start) return [];
    return [{ job: { requestId, stamp, kind: rule.kind }, at }];
  });
}
