import { describe, expect, it } from 'vitest';
import { flagReasons, isFlagged } from '../../../src/app/pusling/need.js';
import { readReasons } from '../../../src/app/pusling/reasons-answer.js';
import { planVisitReminders, scheduleStamp } from '../../../src/app/pusling/visit-reminders.js';
import { visitDay, visitTime } from '../../../src/app/pusling/words.js';

const schedule = { date: '2026-04-14', time: '08:00', zone: 'Asia/Jakarta', startsAt: new Date('2026-04-14T01:00:00Z') };

describe('visit reminders', () => {
  it.each([
    ['well before: both', '2026-04-01T00:00:00Z', [['evening_before', '2026-04-13T11:30:00.000Z'], ['morning_of', '2026-04-13T23:00:00.000Z']]],
    ['after the evening one: only the morning', '2026-04-13T12:00:00Z', [['morning_of', '2026-04-13T23:00:00.000Z']]],
    ['in quiet hours on the day: the morning one at 06:00', '2026-04-13T20:00:00Z', [['morning_of', '2026-04-13T23:00:00.000Z']]],
    ['early morning of the day after 06:00: at once', '2026-04-14T00:10:00Z', [['morning_of', '2026-04-14T00:10:00.000Z']]],
    ['the visit has started: none', '2026-04-14T01:00:00Z', []],
  ])('%s', (_name, now, expected) => {
    expect(planVisitReminders('pr-1', schedule, new Date(now)).map((r) => [r.job.kind, r.at.toISOString()])).toEqual(expected);
  });

  it('keys reminders by request and schedule, so a rescheduled visit gets new ones', () => {
    expect(scheduleStamp(schedule)).toBe('20260414T0800');
    expect(planVisitReminders('pr-1', schedule, new Date('2026-04-01T00:00:00Z'))[0]!.job).toEqual({ requestId: 'pr-1', stamp: '20260414T0800', kind: 'evening_before' });
  });

  it('moves a reminder out of quiet hours in the visit zone (WIT)', () => {
    const papua = { date: '2026-04-14', time: '05:30', zone: 'Asia/Jayapura', startsAt: new Date('2026-04-13T20:30:00Z') };
    expect(planVisitReminders('pr-2', papua, new Date('2026-04-01T00:00:00Z')).map((r) => r.job.kind)).toEqual(['evening_before']);
  });
});

describe('flagged children', () => {
  it.each([
    [{ categories: { haz: 'stunted' }, kms: { status: 'N' }, belowRedLine: false }, ['stunting']],
    [{ categories: { whz: 'severely_wasted', waz: 'underweight' } }, ['wasting', 'underweight']],
    [{ categories: { haz: 'normal', waz: 'normal' }, belowRedLine: true }, ['bgm']],
    [{ categories: {}, kms: { status: '2T' } }, ['kms_t']],
    [{ categories: { haz: 'tall', whz: 'overweight' }, kms: { status: 'N' } }, []],
    [{}, []],
  ])('%j → %j', (result, codes) => {
    expect(flagReasons(result)).toEqual(codes);
    expect(isFlagged(result)).toBe(codes.length > 0);
  });
});

describe('reading reasons', () => {
  it.each([
    ['1', ['children_at_risk']],
    ['1 dan 3', ['children_at_risk', 'elderly_screening']],
    ['4, 2, 2', ['distance', 'pregnant_screening']],
    ['5', undefined],
    ['jauh', undefined],
  ])('%s', (text, reasons) => {
    expect(readReasons(text)).toEqual(reasons);
  });
});

describe('visit words', () => {
  it.each([
    ['id', 'Selasa, 14 April 2026', '08.00–11.00'],
    ['en', 'Tuesday, 14 April 2026', '08:00–11:00'],
    ['su', 'Salasa, 14 April 2026', '08.00–11.00'],
  ] as const)('%s', (lang, day, time) => {
    expect(visitDay('2026-04-14', lang)).toBe(day);
    expect(visitTime('08:00', '11:00', lang)).toBe(time);
  });
});
