import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  DEFAULT_REMINDER_POLICY,
  isoDateSchema,
  recurrenceSchema,
  scheduleExceptionSchema,
  scheduleSchema,
  timeOfDaySchema,
  type Schedule,
  type ScheduleException,
  type Session,
} from '../../domain/schedule/index.js';
import type { Posyandu } from '../registry/registry-records.js';
import type { PosyanduSchedule } from './schedule-records.js';
import { sessionById } from './sessions.js';

/**
 * A change a kader asks for in the JADWAL flow. `place: null` keeps the current place.
 *
 * @example
 * scheduleChangeSchema.parse({ kind: 'cancel', sessionId: 'psy-mawar@2026-03-10', note: 'Balai dipakai' });
 */
export const scheduleChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), sessionId: z.string(), date: isoDateSchema, start: timeOfDaySchema, end: timeOfDaySchema, place: z.string().trim().min(1).max(200).nullable() }),
  z.object({ kind: z.literal('cancel'), sessionId: z.string(), note: z.string().trim().min(1).max(500) }),
  z.object({ kind: z.literal('rule'), rule: recurrenceSchema, start: timeOfDaySchema, end: timeOfDaySchema, place: z.string().trim().min(1).max(200).nullable() }),
]);
export type ScheduleChange = z.infer<typeof scheduleChangeSchema>;

/** Why a change cannot be made; each has a text `schedule.kader.problem.<code>`. */
export type ChangeProblem = 'no_session' | 'past' | 'too_far' | 'closed_weekday' | 'invalid';

export type ChangeOutcome = { ok: true; record: Omit<PosyanduSchedule, 'revision' | 'updatedAt' | 'updatedBy'>; session?: Session } | { ok: false; problem: ChangeProblem };

/** Services a new schedule offers until the puskesmas sets others: the ones every posyandu runs. */
export const DEFAULT_SERVICES: Schedule['services'] = ['balita', 'ibu_hamil'];

/**
 * The schedule after a change, or why it cannot be made. Moving or cancelling is an exception on
 * the session's original date (replacing an earlier one); a new rule keeps past exceptions only,
 * because future ones were made for the old rule's dates.
 *
 * @example
 * changeSchedule(record, posyandu, { kind: 'move', sessionId: 'psy-mawar@2026-03-10', date: '2026-03-12', start: '09:00', end: '12:00', place: null }, now);
 */
export function changeSchedule(record: PosyanduSchedule | null, posyandu: Posyandu, change: ScheduleChange, now: Date): ChangeOutcome {
  if (change.kind === 'rule') return newRule(record, posyandu, change, now);
  if (!record || !change.sessionId.startsWith(`${posyandu._id}@`)) return { ok: false, problem: 'no_session' };
  const session = sessionById(record, change.sessionId);
  if (!session) return { ok: false, problem: 'no_session' };
  const today = DateTime.fromJSDate(now, { zone: record.schedule.zone }).toISODate() ?? '';
  let exception: ScheduleException;
  if (change.kind === 'move') {
    if (change.date < today) return { ok: false, problem: 'past' };
    const parsed = scheduleExceptionSchema.safeParse({
      kind: 'moved',
      originalDate: session.originalDate,
      date: change.date,
      start: change.start,
      end: change.end,
      ...(change.place ? { place: change.place } : {}),
    });
    if (!parsed.success) return { ok: false, problem: parsed.error.issues.some((i) => i.path.includes('date')) ? 'too_far' : 'invalid' };
    exception = parsed.data;
  } else {
    exception = { kind: 'cancelled', originalDate: session.originalDate, note: change.note };
  }
  const exceptions = [...record.exceptions.filter((e) => e.originalDate !== session.originalDate), exception];
  const next = { _id: record._id, schedule: record.schedule, reminderPolicy: record.reminderPolicy, exceptions };
  return { ok: true, record: next, ...withSession(sessionById({ ...record, exceptions }, change.sessionId)) };
}

function newRule(record: PosyanduSchedule | null, posyandu: Posyandu, change: Extract<ScheduleChange, { kind: 'rule' }>, now: Date): ChangeOutcome {
  const base = record?.schedule;
  const parsed = scheduleSchema.safeParse({
    posyanduId: posyandu._id,
    zone: base?.zone ?? posyandu.timezone,
    services: base?.services ?? DEFAULT_SERVICES,
    ...(base ? { holidayPolicy: base.holidayPolicy } : {}),
    rule: change.rule,
    start: change.start,
    end: change.end,
    place: change.place ?? base?.place ?? posyandu.address,
  });
  if (!parsed.success) return { ok: false, problem: parsed.error.issues.some((i) => i.path.includes('weekday')) ? 'closed_weekday' : 'invalid' };
  const today = DateTime.fromJSDate(now, { zone: parsed.data.zone }).toISODate() ?? '';
  const exceptions = (record?.exceptions ?? []).filter((e) => e.originalDate < today);
  return { ok: true, record: { _id: posyandu._id, schedule: parsed.data, reminderPolicy: record?.reminderPolicy ?? DEFAULT_REMINDER_POLICY, exceptions } };
}

function withSession(session: Session | undefined): { session?: Session } {
  return session ? { session } : {};
}
