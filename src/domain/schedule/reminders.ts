import { DateTime } from 'luxon';
import { z } from 'zod';
import { DEFAULT_QUIET_HOURS, nextAllowedSendTime, quietHoursSchema } from './quiet-hours.js';
import type { Session } from './session.js';
import { clockUnits, timeOfDaySchema } from './time-of-day.js';

export type BuiltinReminderKind = 'three_days_before' | 'evening_before' | 'morning_of';
/** A built-in kind, or a posyandu's own `custom_<name>` (lower case, digits, `_`). */
export type ReminderKind = BuiltinReminderKind | `custom_${string}`;

const reminderKindSchema = z.custom<ReminderKind>(
  (value) =>
    typeof value === 'string' && /^(three_days_before|evening_before|morning_of|custom_[a-z0-9_]{1,40})$/.test(value),
  'Use three_days_before, evening_before, morning_of or custom_<name>.',
);

/**
 * When to remind: per kind, how many calendar days before the session day and at what local time;
 * then quiet hours apply. Defaults: 3 days before at 09:00 (time to plan the morning), the evening
 * before at 18:30 (after maghrib, when families are home), the morning of at 06:00 (end of quiet hours).
 *
 * @example
 * reminderPolicySchema.parse({}); // the defaults above with quiet hours 21:00–06:00
 * reminderPolicySchema.parse({ reminders: [{ kind: 'custom_week_before', daysBefore: 7, at: '10:00' }] });
 */
export const reminderPolicySchema = z.object({
  reminders: z
    .array(z.object({ kind: reminderKindSchema, daysBefore: z.number().int().min(0).max(14), at: timeOfDaySchema }))
    .refine((list) => new Set(list.map((r) => r.kind)).size === list.length, 'List each reminder kind once.')
    .default([
      { kind: 'three_days_before', daysBefore: 3, at: '09:00' },
      { kind: 'evening_before', daysBefore: 1, at: '18:30' },
      { kind: 'morning_of', daysBefore: 0, at: '06:00' },
    ]),
  quietHours: quietHoursSchema.default(DEFAULT_QUIET_HOURS),
});
export type ReminderPolicy = z.infer<typeof reminderPolicySchema>;

/** The default policy, ready to use. */
export const DEFAULT_REMINDER_POLICY: ReminderPolicy = reminderPolicySchema.parse({});

/** One message to send; `key` is the queue job id. */
export interface PlannedReminder {
  kind: ReminderKind;
  sendAt: Date;
  key: string;
  sessionId: string;
}

/**
 * The idempotency key of a reminder: session id, the session's actual local start and the kind, joined
 * with `|` (BullMQ refuses `:` in job ids). The start is part of it so a moved session gets new keys:
 * the old jobs can be removed by their keys and the new ones are not swallowed as duplicates.
 *
 * @example
 * reminderKey(session, 'evening_before'); // 'bekasi-rw05@2026-03-10|20260310T0800|evening_before'
 */
export function reminderKey(session: Session, kind: ReminderKind): string {
  const start = DateTime.fromISO(session.start, { setZone: true }).toFormat("yyyyMMdd'T'HHmm");
  return `${session.id}|${start}|${kind}`;
}

/**
 * The reminders still to send for a session, in time order. Rules:
 * - a cancelled session gets none;
 * - a send time inside quiet hours moves to the end of them;
 * - nothing is sent at or after the session start;
 * - a reminder whose time has passed is dropped, except `morning_of`, which is sent as soon as allowed
 *   (now, or after quiet hours) if that is still before the start: the last chance to say "today";
 * - two reminders that land on the same minute keep only the one closest to the session.
 *
 * @example
 * planReminders(session, DEFAULT_REMINDER_POLICY, new Date('2026-03-01T00:00:00Z')).map((r) => r.kind);
 * // ['three_days_before', 'evening_before', 'morning_of']
 */
export function planReminders(session: Session, policy: ReminderPolicy, at: Date | DateTime): PlannedReminder[] {
  if (session.status === 'cancelled') return [];
  const now = at instanceof Date ? at : at.toJSDate();
  const start = DateTime.fromISO(session.start, { setZone: true });
  const day = DateTime.fromISO(session.date, { zone: session.zone });
  const planned = [...policy.reminders]
    .sort((a, b) => a.daysBefore - b.daysBefore)
    .map((rule) => {
      const wanted = day.minus({ days: rule.daysBefore }).set(clockUnits(rule.at)).toJSDate();
      let sendAt = nextAllowedSendTime(wanted, session.zone, policy.quietHours);
      if (sendAt < now && rule.kind === 'morning_of') sendAt = nextAllowedSendTime(now, session.zone, policy.quietHours);
      return { kind: rule.kind, sendAt, key: reminderKey(session, rule.kind), sessionId: session.id };
    })
    .filter((r) => r.sendAt >= now && r.sendAt < start.toJSDate());
  const seen = new Set<number>();
  // Sorted closest-first above, so the first of a minute is the one to keep.
  const unique = planned.filter((r) => {
    const minute = Math.floor(r.sendAt.getTime() / 60_000);
    if (seen.has(minute)) return false;
    seen.add(minute);
    return true;
  });
  return unique.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime());
}
