import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  NATIONAL_HOLIDAYS,
  nextSessions,
  occurrencesBetween,
  sessionOn,
  type HolidayPolicy,
  type Recurrence,
  type ScheduleException,
} from '../../../src/domain/schedule/index.js';
import { makeSchedule, utc } from './fixtures.js';

describe('nextSessions in each zone', () => {
  it.each([
    ['Asia/Jakarta', '2026-03-10T08:00:00+07:00', '2026-03-10T11:00:00+07:00'],
    ['Asia/Makassar', '2026-03-10T08:00:00+08:00', '2026-03-10T11:00:00+08:00'],
    ['Asia/Jayapura', '2026-03-10T08:00:00+09:00', '2026-03-10T11:00:00+09:00'],
  ] as const)('%s: start and end carry the local offset', (zone, start, end) => {
    const [first] = nextSessions(makeSchedule({ zone }), [], NATIONAL_HOLIDAYS, utc('2026-03-01T00:00:00Z'), 1);
    expect(first).toMatchObject({ id: 'bekasi-rw05@2026-03-10', date: '2026-03-10', start, end, status: 'scheduled' });
  });

  // 2026-03-10T02:30Z is 09:30 WIB, 10:30 WITA, 11:30 WIT: the WIT session has just ended.
  it.each([
    ['Asia/Jakarta', '2026-03-10'],
    ['Asia/Makassar', '2026-03-10'],
    ['Asia/Jayapura', '2026-04-14'],
  ] as const)('%s: a session still running counts as next', (zone, date) => {
    const [first] = nextSessions(makeSchedule({ zone }), [], NATIONAL_HOLIDAYS, utc('2026-03-10T02:30:00Z'), 1);
    expect(first?.date).toBe(date);
  });

  it('accepts a luxon DateTime and lists sessions in order', () => {
    const from = DateTime.fromISO('2026-01-01T00:00', { zone: 'Asia/Jakarta' });
    const dates = nextSessions(makeSchedule(), [], NATIONAL_HOLIDAYS, from, 4).map((s) => s.date);
    expect(dates).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14']);
  });

  it('returns nothing for count 0', () => {
    expect(nextSessions(makeSchedule(), [], NATIONAL_HOLIDAYS, utc('2026-01-01T00:00:00Z'), 0)).toEqual([]);
  });

  it('every 31st lands on the last day of short months', () => {
    const schedule = makeSchedule({ rule: { kind: 'day_of_month', day: 31 }, holidayPolicy: { onHoliday: 'keep' } });
    const dates = nextSessions(schedule, [], [], utc('2026-01-01T00:00:00Z'), 4).map((s) => s.date);
    expect(dates).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('last Thursday, shifted off the Idul Adha cuti bersama in May 2026', () => {
    const schedule = makeSchedule({ rule: { kind: 'last_weekday', weekday: 4 } });
    const sessions = nextSessions(schedule, [], NATIONAL_HOLIDAYS, utc('2026-04-01T00:00:00Z'), 3);
    expect(sessions.map((s) => [s.originalDate, s.date, s.status, s.reason])).toEqual([
      ['2026-04-30', '2026-04-30', 'scheduled', undefined],
      ['2026-05-28', '2026-05-29', 'moved', 'holiday'],
      ['2026-06-25', '2026-06-25', 'scheduled', undefined],
    ]);
  });
});

describe('holiday policy', () => {
  type Case = [string, Recurrence, Partial<HolidayPolicy>, string, { date: string; status: string; reason?: string }];
  const the17th: Recurrence = { kind: 'day_of_month', day: 17 };
  const the21st: Recurrence = { kind: 'day_of_month', day: 21 };
  const the24th: Recurrence = { kind: 'day_of_month', day: 24 };
  const the12th: Recurrence = { kind: 'day_of_month', day: 12 };
  const cases: Case[] = [
    // 17 Aug 2026 is a Monday, Independence Day.
    ['next working day', the17th, {}, '2026-08', { date: '2026-08-18', status: 'moved', reason: 'holiday' }],
    ['previous working day: Saturday is open', the17th, { onHoliday: 'previous_working_day' }, '2026-08', { date: '2026-08-15', status: 'moved', reason: 'holiday' }],
    ['previous working day: Saturday closed', the17th, { onHoliday: 'previous_working_day', closedWeekdays: [6, 7] }, '2026-08', { date: '2026-08-14', status: 'moved', reason: 'holiday' }],
    ['skip', the17th, { onHoliday: 'skip' }, '2026-08', { date: '2026-08-17', status: 'cancelled', reason: 'holiday' }],
    ['keep', the17th, { onHoliday: 'keep' }, '2026-08', { date: '2026-08-17', status: 'scheduled' }],
    // 21 Mar 2026 Idul Fitri, 22 Idul Fitri (Sunday), 23–24 cuti bersama.
    ['Lebaran with cuti bersama counted', the21st, {}, '2026-03', { date: '2026-03-25', status: 'moved', reason: 'holiday' }],
    ['Lebaran with cuti bersama as working days', the21st, { cutiBersamaIsHoliday: false }, '2026-03', { date: '2026-03-23', status: 'moved', reason: 'holiday' }],
    ['Lebaran, previous working day skips the 20th cuti bersama', the21st, { onHoliday: 'previous_working_day' }, '2026-03', { date: '2026-03-17', status: 'moved', reason: 'holiday' }],
    // 24 Dec 2026 is only cuti bersama: the policy decides.
    ['cuti bersama counted', the24th, {}, '2026-12', { date: '2026-12-26', status: 'moved', reason: 'holiday' }],
    ['cuti bersama not counted', the24th, { cutiBersamaIsHoliday: false }, '2026-12', { date: '2026-12-24', status: 'scheduled' }],
    // 12 Apr 2026 is a Sunday.
    ['every 12th on a Sunday', the12th, {}, '2026-04', { date: '2026-04-13', status: 'moved', reason: 'closed_weekday' }],
    ['every 12th on a Sunday, Sunday open', the12th, { closedWeekdays: [] }, '2026-04', { date: '2026-04-12', status: 'scheduled' }],
  ];

  it.each(cases)('%s', (_name, rule, policy, month, expected) => {
    const schedule = makeSchedule({ rule, holidayPolicy: policy });
    const from = DateTime.fromISO(`${month}-01`, { zone: 'Asia/Jakarta' });
    const originalDate = `${month}-${String(rule.kind === 'day_of_month' ? rule.day : 0).padStart(2, '0')}`;
    const list = occurrencesBetween(schedule, [], NATIONAL_HOLIDAYS, from.minus({ days: 14 }), from.plus({ months: 1, days: 14 }));
    expect(list.find((s) => s.originalDate === originalDate)).toMatchObject(expected);
  });

  it('keeps the holiday on a kept session and names it', () => {
    const schedule = makeSchedule({ rule: the17th, holidayPolicy: { onHoliday: 'keep' } });
    expect(sessionOn(schedule, [], NATIONAL_HOLIDAYS, '2026-08-17')?.holiday?.nameEn).toBe('Independence Day');
  });

  it('a skipped session is returned as cancelled and not counted', () => {
    const schedule = makeSchedule({ rule: the17th, holidayPolicy: { onHoliday: 'skip' } });
    const sessions = nextSessions(schedule, [], NATIONAL_HOLIDAYS, utc('2026-08-01T00:00:00Z'), 1);
    expect(sessions.map((s) => [s.date, s.status])).toEqual([
      ['2026-08-17', 'cancelled'],
      ['2026-09-17', 'scheduled'],
    ]);
  });
});

describe('exceptions', () => {
  const moved: ScheduleException = {
    kind: 'moved',
    originalDate: '2026-03-10',
    date: '2026-03-12',
    start: '09:00',
    place: 'Masjid Al-Ikhlas',
    note: 'Balai RW dipakai',
  };

  it('moves one occurrence, keeping its id and the usual length', () => {
    const [session] = nextSessions(makeSchedule(), [moved], NATIONAL_HOLIDAYS, utc('2026-03-01T00:00:00Z'), 1);
    expect(session).toEqual({
      id: 'bekasi-rw05@2026-03-10',
      posyanduId: 'bekasi-rw05',
      originalDate: '2026-03-10',
      date: '2026-03-12',
      start: '2026-03-12T09:00:00+07:00',
      end: '2026-03-12T12:00:00+07:00',
      zone: 'Asia/Jakarta',
      place: 'Masjid Al-Ikhlas',
      services: ['balita', 'ibu_hamil'],
      status: 'moved',
      reason: 'exception',
      note: 'Balai RW dipakai',
    });
  });

  it('cancels one occurrence and still returns the requested number held', () => {
    const cancelled: ScheduleException = { kind: 'cancelled', originalDate: '2026-03-10', note: 'Banjir' };
    const sessions = nextSessions(makeSchedule(), [cancelled], NATIONAL_HOLIDAYS, utc('2026-03-01T00:00:00Z'), 2);
    expect(sessions.map((s) => [s.date, s.status, s.reason ?? ''])).toEqual([
      ['2026-03-10', 'cancelled', 'exception'],
      ['2026-04-14', 'scheduled', ''],
      ['2026-05-12', 'scheduled', ''],
    ]);
  });

  it('an exception wins over the holiday policy', () => {
    const schedule = makeSchedule({ rule: { kind: 'day_of_month', day: 17 } });
    const keepOnHoliday: ScheduleException = { kind: 'moved', originalDate: '2026-08-17', place: 'Lapangan RW 05' };
    expect(sessionOn(schedule, [keepOnHoliday], NATIONAL_HOLIDAYS, '2026-08-17')).toMatchObject({
      date: '2026-08-17',
      place: 'Lapangan RW 05',
      reason: 'exception',
    });
  });

  it('a session moved into the next month keeps the order by actual date', () => {
    const late: ScheduleException = { kind: 'moved', originalDate: '2026-03-10', date: '2026-04-20' };
    const dates = nextSessions(makeSchedule(), [late], [], utc('2026-03-01T00:00:00Z'), 2).map((s) => s.date);
    expect(dates).toEqual(['2026-04-14', '2026-04-20']);
  });

  it('a session moved back into the window from a later month is found', () => {
    const early: ScheduleException = { kind: 'moved', originalDate: '2026-05-12', date: '2026-04-01' };
    const dates = nextSessions(makeSchedule(), [early], [], utc('2026-03-20T00:00:00Z'), 2).map((s) => s.originalDate);
    expect(dates).toEqual(['2026-05-12', '2026-04-14']);
  });
});

describe('occurrencesBetween and sessionOn', () => {
  it('gives one occurrence a month over a year', () => {
    const from = DateTime.fromISO('2026-01-01', { zone: 'Asia/Jakarta' });
    const list = occurrencesBetween(makeSchedule(), [], NATIONAL_HOLIDAYS, from, from.plus({ years: 1 }));
    expect(list).toHaveLength(12);
    expect(new Set(list.map((s) => s.id)).size).toBe(12);
  });

  it('is empty when the window is empty or reversed', () => {
    const at = utc('2026-03-10T00:00:00Z');
    expect(occurrencesBetween(makeSchedule(), [], [], at, at)).toEqual([]);
  });

  it('finds the session by local calendar day, from a Date late in the UTC day', () => {
    // 2026-03-09T18:00Z is already 10 March in Jakarta.
    expect(sessionOn(makeSchedule(), [], NATIONAL_HOLIDAYS, utc('2026-03-09T18:00:00Z'))?.date).toBe('2026-03-10');
    expect(sessionOn(makeSchedule(), [], NATIONAL_HOLIDAYS, '2026-03-11')).toBeUndefined();
  });

  it('on the day a session was moved away from, returns it only if cancelled', () => {
    const moved: ScheduleException = { kind: 'moved', originalDate: '2026-03-10', date: '2026-03-12' };
    expect(sessionOn(makeSchedule(), [moved], [], '2026-03-10')).toBeUndefined();
    expect(sessionOn(makeSchedule(), [moved], [], '2026-03-12')?.originalDate).toBe('2026-03-10');
    const cancelled: ScheduleException = { kind: 'cancelled', originalDate: '2026-03-10' };
    expect(sessionOn(makeSchedule(), [cancelled], [], '2026-03-10')?.status).toBe('cancelled');
  });
});
