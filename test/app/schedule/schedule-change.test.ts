import { describe, expect, it } from 'vitest';
import { changeFromFlow } from '../../../src/app/schedule/change-from-flow.js';
import { reminderChoiceOf } from '../../../src/app/schedule/reminder-choices.js';
import { ruleWords } from '../../../src/app/schedule/rule-words.js';
import { changeSchedule, type ScheduleChange } from '../../../src/app/schedule/schedule-change.js';
import type { Posyandu } from '../../../src/app/registry/registry-records.js';
import type { PosyanduSchedule } from '../../../src/app/schedule/schedule-records.js';
import { DEFAULT_REMINDER_POLICY, scheduleSchema } from '../../../src/domain/schedule/index.js';

const NOW = new Date('2026-03-09T02:00:00Z'); // Monday 09:00 WIB
const posyandu: Posyandu = { _id: 'psy-mawar', name: 'Mawar', address: 'Balai RW 03, Jl. Mawar No. 5', kelurahanId: 'k', puskesmasId: 'p', rws: ['03'], timezone: 'Asia/Jakarta' };
const record: PosyanduSchedule = {
  _id: 'psy-mawar',
  schedule: scheduleSchema.parse({ posyanduId: 'psy-mawar', zone: 'Asia/Jakarta', rule: { kind: 'nth_weekday', n: 2, weekday: 2 }, start: '08:00', end: '11:00', place: 'Balai RW 03', services: ['balita'] }),
  reminderPolicy: DEFAULT_REMINDER_POLICY,
  exceptions: [{ kind: 'cancelled', originalDate: '2026-02-10' }, { kind: 'moved', originalDate: '2026-04-14', date: '2026-04-15' }],
  revision: 3,
  updatedAt: NOW,
  updatedBy: null,
};
const move = (over: Partial<Extract<ScheduleChange, { kind: 'move' }>>): ScheduleChange => ({ kind: 'move', sessionId: 'psy-mawar@2026-03-10', date: '2026-03-12', start: '09:00', end: '12:00', place: null, ...over });

describe('changeSchedule', () => {
  it.each([
    ['a date in the past', move({ date: '2026-03-08' }), 'past'],
    ['more than 45 days away', move({ date: '2026-05-10' }), 'too_far'],
    ['a session of another posyandu', move({ sessionId: 'psy-melati@2026-03-12' }), 'no_session'],
    ['a date the rule never gave', move({ sessionId: 'psy-mawar@2026-03-11' }), 'no_session'],
    ['a rule on a closed Sunday', { kind: 'rule', rule: { kind: 'last_weekday', weekday: 7 }, start: '08:00', end: '11:00', place: null } as const, 'closed_weekday'],
    ['a rule ending before it starts', { kind: 'rule', rule: { kind: 'day_of_month', day: 12 }, start: '11:00', end: '08:00', place: null } as const, 'invalid'],
  ])('refuses %s', (_name, change, problem) => {
    expect(changeSchedule(record, posyandu, change, NOW)).toEqual({ ok: false, problem });
  });

  it('moves a session by an exception on its original date, keeping the place when none is given', () => {
    const outcome = changeSchedule(record, posyandu, move({}), NOW);
    expect(outcome.ok && outcome.record.exceptions.at(-1)).toEqual({ kind: 'moved', originalDate: '2026-03-10', date: '2026-03-12', start: '09:00', end: '12:00' });
    expect(outcome.ok && outcome.session).toMatchObject({ status: 'moved', date: '2026-03-12', start: '2026-03-12T09:00:00+07:00', place: 'Balai RW 03' });
  });

  it('cancels with the reason as the note, replacing an earlier change of that session', () => {
    const moved = changeSchedule(record, posyandu, move({}), NOW);
    const again = changeSchedule({ ...record, exceptions: moved.ok ? moved.record.exceptions : [] }, posyandu, { kind: 'cancel', sessionId: 'psy-mawar@2026-03-10', note: 'Banjir' }, NOW);
    expect(again.ok && again.record.exceptions.filter((e) => e.originalDate === '2026-03-10')).toEqual([{ kind: 'cancelled', originalDate: '2026-03-10', note: 'Banjir' }]);
  });

  it('a new rule keeps past exceptions only; a first rule takes the posyandu address and default services', () => {
    const rule: ScheduleChange = { kind: 'rule', rule: { kind: 'day_of_month', day: 12 }, start: '08:00', end: '11:00', place: null };
    const changed = changeSchedule(record, posyandu, rule, NOW);
    expect(changed.ok && changed.record.exceptions).toEqual([{ kind: 'cancelled', originalDate: '2026-02-10' }]);
    const first = changeSchedule(null, posyandu, rule, NOW);
    expect(first.ok && first.record.schedule).toMatchObject({ place: 'Balai RW 03, Jl. Mawar No. 5', services: ['balita', 'ibu_hamil'], zone: 'Asia/Jakarta' });
  });
});

describe('changeFromFlow', () => {
  it('reads the answers of each branch and the stored change; malformed input gives undefined', () => {
    expect(changeFromFlow({ kind: 'move', sessionId: 's@2026-03-10', date: '2026-03-12', time: { start: '09:00', end: '12:00' }, place: ' Masjid ' })).toEqual({ kind: 'move', sessionId: 's@2026-03-10', date: '2026-03-12', start: '09:00', end: '12:00', place: 'Masjid' });
    expect(changeFromFlow({ kind: 'rule', rule_kind: 'nth_weekday', n: '2', weekday: '2', time: { start: '08:00', end: '11:00' } })).toMatchObject({ rule: { kind: 'nth_weekday', n: 2, weekday: 2 }, place: null });
    expect(changeFromFlow({ change: { kind: 'cancel', sessionId: 's@2026-03-10', note: 'Banjir' } })).toEqual({ kind: 'cancel', sessionId: 's@2026-03-10', note: 'Banjir' });
    expect(changeFromFlow({ kind: 'rule', rule_kind: 'nth_weekday', n: '5', weekday: '2', time: { start: '08:00', end: '11:00' } })).toBeUndefined();
    expect(changeFromFlow({ kind: 'cancel', sessionId: 's@2026-03-10' })).toBeUndefined();
  });
});

describe('words and choices', () => {
  it.each([
    [{ kind: 'nth_weekday', n: 2, weekday: 2 } as const, 'en', { weekday: 'Tuesday', nth: '2nd', day: '' }],
    [{ kind: 'nth_weekday', n: 3, weekday: 4 } as const, 'su', { weekday: 'Kemis', nth: '3', day: '' }],
    [{ kind: 'last_weekday', weekday: 5 } as const, 'id', { weekday: 'Jumat', nth: '', day: '' }],
    [{ kind: 'day_of_month', day: 12 } as const, 'id', { weekday: '', nth: '', day: '12' }],
  ])('ruleWords(%j, %s)', (rule, lang, params) => {
    expect(ruleWords(rule, lang as 'id' | 'en' | 'su')).toEqual({ key: `schedule.rule.${rule.kind}`, params });
  });

  it.each([
    [null, 'all'],
    [['morning_of', 'evening_before'], 'near'],
    [['morning_of'], 'morning'],
    [[], 'none'],
    [['three_days_before'], 'custom'],
  ])('reminderChoiceOf(%j) is %s', (kinds, id) => {
    expect(reminderChoiceOf(kinds)).toBe(id);
  });
});
