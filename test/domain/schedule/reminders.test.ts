import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REMINDER_POLICY,
  NATIONAL_HOLIDAYS,
  nextSessions,
  planReminders,
  reminderPolicySchema,
  type ScheduleException,
  type Session,
} from '../../../src/domain/schedule/index.js';
import { makeSchedule, utc } from './fixtures.js';

/** The 10 March 2026 session (second Tuesday, 08:00–11:00) in a zone, with optional exceptions. */
function march(zone: Session['zone'] = 'Asia/Jakarta', exceptions: ScheduleException[] = []): Session {
  const [session] = nextSessions(makeSchedule({ zone }), exceptions, NATIONAL_HOLIDAYS, utc('2026-03-01T00:00:00Z'), 1);
  if (!session) throw new Error('no session');
  return session;
}

const plan = (session: Session, now: string, policy = DEFAULT_REMINDER_POLICY) =>
  planReminders(session, policy, utc(now)).map((r) => [r.kind, r.sendAt.toISOString()]);

describe('planReminders with the default policy', () => {
  it.each([
    // Fixed clock well before: all three, at 09:00 / 18:30 / 06:00 local.
    ['a week before (WIB)', 'Asia/Jakarta', '2026-03-01T00:00:00Z', [
      ['three_days_before', '2026-03-07T02:00:00.000Z'],
      ['evening_before', '2026-03-09T11:30:00.000Z'],
      ['morning_of', '2026-03-09T23:00:00.000Z'],
    ]],
    ['a week before (WITA)', 'Asia/Makassar', '2026-03-01T00:00:00Z', [
      ['three_days_before', '2026-03-07T01:00:00.000Z'],
      ['evening_before', '2026-03-09T10:30:00.000Z'],
      ['morning_of', '2026-03-09T22:00:00.000Z'],
    ]],
    ['a week before (WIT)', 'Asia/Jayapura', '2026-03-01T00:00:00Z', [
      ['three_days_before', '2026-03-07T00:00:00.000Z'],
      ['evening_before', '2026-03-09T09:30:00.000Z'],
      ['morning_of', '2026-03-09T21:00:00.000Z'],
    ]],
    ['two days before: the 3-day reminder has passed', 'Asia/Jakarta', '2026-03-08T00:00:00Z', [
      ['evening_before', '2026-03-09T11:30:00.000Z'],
      ['morning_of', '2026-03-09T23:00:00.000Z'],
    ]],
    ['at 05:00 on the day: morning_of still ahead', 'Asia/Jakarta', '2026-03-09T22:00:00Z', [
      ['morning_of', '2026-03-09T23:00:00.000Z'],
    ]],
    ['at 07:00 on the day: morning_of catches up now', 'Asia/Jakarta', '2026-03-10T00:00:00Z', [
      ['morning_of', '2026-03-10T00:00:00.000Z'],
    ]],
    ['at 07:59 on the day: still before the start', 'Asia/Jakarta', '2026-03-10T00:59:00Z', [
      ['morning_of', '2026-03-10T00:59:00.000Z'],
    ]],
    ['at 08:00 on the day: started, nothing', 'Asia/Jakarta', '2026-03-10T01:00:00Z', []],
    ['after the session: nothing', 'Asia/Jakarta', '2026-03-11T00:00:00Z', []],
  ] as const)('%s', (_name, zone, now, expected) => {
    expect(plan(march(zone), now)).toEqual(expected);
  });

  it('keys each reminder by session, actual start and kind, without ":"', () => {
    const keys = planReminders(march(), DEFAULT_REMINDER_POLICY, utc('2026-03-01T00:00:00Z')).map((r) => r.key);
    expect(keys).toEqual([
      'bekasi-rw05@2026-03-10|20260310T0800|three_days_before',
      'bekasi-rw05@2026-03-10|20260310T0800|evening_before',
      'bekasi-rw05@2026-03-10|20260310T0800|morning_of',
    ]);
    expect(keys.some((k) => k.includes(':'))).toBe(false);
  });

  it('gives the same plan and keys when planned twice (idempotent)', () => {
    const now = utc('2026-03-01T00:00:00Z');
    expect(planReminders(march(), DEFAULT_REMINDER_POLICY, now)).toEqual(planReminders(march(), DEFAULT_REMINDER_POLICY, now));
  });
});

describe('planReminders and changes to a session', () => {
  const now = utc('2026-03-01T00:00:00Z');

  it('a moved session gets a different plan and none of the old keys', () => {
    const before = planReminders(march(), DEFAULT_REMINDER_POLICY, now);
    const moved = march('Asia/Jakarta', [{ kind: 'moved', originalDate: '2026-03-10', date: '2026-03-12' }]);
    const after = planReminders(moved, DEFAULT_REMINDER_POLICY, now);
    expect(moved.id).toBe('bekasi-rw05@2026-03-10');
    expect(after.map((r) => r.sendAt.toISOString())).toEqual([
      '2026-03-09T02:00:00.000Z',
      '2026-03-11T11:30:00.000Z',
      '2026-03-11T23:00:00.000Z',
    ]);
    const oldKeys = new Set(before.map((r) => r.key));
    expect(after.filter((r) => oldKeys.has(r.key))).toEqual([]);
  });

  it('a session moved only in time also gets new keys', () => {
    const later = march('Asia/Jakarta', [{ kind: 'moved', originalDate: '2026-03-10', start: '09:00' }]);
    expect(planReminders(later, DEFAULT_REMINDER_POLICY, now)[0]?.key).toBe(
      'bekasi-rw05@2026-03-10|20260310T0900|three_days_before',
    );
  });

  it('a cancelled session gets no reminders', () => {
    const cancelled = march('Asia/Jakarta', [{ kind: 'cancelled', originalDate: '2026-03-10' }]);
    expect(cancelled.status).toBe('cancelled');
    expect(planReminders(cancelled, DEFAULT_REMINDER_POLICY, now)).toEqual([]);
  });

  it('a session skipped for a holiday gets no reminders', () => {
    const schedule = makeSchedule({ rule: { kind: 'day_of_month', day: 17 }, holidayPolicy: { onHoliday: 'skip' } });
    const [skipped] = nextSessions(schedule, [], NATIONAL_HOLIDAYS, utc('2026-08-01T00:00:00Z'), 1);
    expect(skipped?.status).toBe('cancelled');
    expect(planReminders(skipped as Session, DEFAULT_REMINDER_POLICY, now)).toEqual([]);
  });
});

describe('planReminders with a posyandu policy', () => {
  it('moves a reminder out of quiet hours and drops the one it collides with', () => {
    const policy = reminderPolicySchema.parse({
      reminders: [
        { kind: 'evening_before', daysBefore: 1, at: '21:30' },
        { kind: 'morning_of', daysBefore: 0, at: '06:00' },
      ],
    });
    expect(plan(march(), '2026-03-01T00:00:00Z', policy)).toEqual([['morning_of', '2026-03-09T23:00:00.000Z']]);
  });

  it('supports custom kinds and custom quiet hours', () => {
    const policy = reminderPolicySchema.parse({
      reminders: [{ kind: 'custom_week_before', daysBefore: 7, at: '05:00' }],
      quietHours: { start: '22:00', end: '05:30' },
    });
    // 05:00 WIB on 3 March is quiet until 05:30.
    expect(plan(march(), '2026-03-01T00:00:00Z', policy)).toEqual([['custom_week_before', '2026-03-02T22:30:00.000Z']]);
  });

  it('never plans at or after the start, even when quiet hours push it there', () => {
    const early = march('Asia/Jakarta', [{ kind: 'moved', originalDate: '2026-03-10', start: '06:00', end: '09:00' }]);
    const policy = reminderPolicySchema.parse({ reminders: [{ kind: 'morning_of', daysBefore: 0, at: '05:00' }] });
    expect(plan(early, '2026-03-01T00:00:00Z', policy)).toEqual([]);
  });

  it.each([
    [{ reminders: [{ kind: 'weekly', daysBefore: 7, at: '09:00' }] }, false],
    [{ reminders: [{ kind: 'custom_Week', daysBefore: 7, at: '09:00' }] }, false],
    [{ reminders: [{ kind: 'morning_of', daysBefore: 15, at: '09:00' }] }, false],
    [
      {
        reminders: [
          { kind: 'morning_of', daysBefore: 0, at: '06:00' },
          { kind: 'morning_of', daysBefore: 0, at: '07:00' },
        ],
      },
      false,
    ],
    [{ reminders: [] }, true],
  ])('validates %j → %s', (input, ok) => {
    expect(reminderPolicySchema.safeParse(input).success).toBe(ok);
  });
});
