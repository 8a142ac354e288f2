import { describe, expect, it } from 'vitest';
import {
  holidayYearSchema,
  HOLIDAY_YEARS,
  NATIONAL_HOLIDAYS,
  scheduleExceptionSchema,
  scheduleSchema,
} from '../../../src/domain/schedule/index.js';
import { makeSchedule } from './fixtures.js';

const valid = {
  posyanduId: 'bekasi-rw05',
  zone: 'Asia/Jakarta',
  rule: { kind: 'day_of_month', day: 12 },
  start: '08:00',
  end: '11:00',
  place: 'Balai RW 05',
  services: ['balita'],
};

describe('scheduleSchema', () => {
  it('fills the documented holiday policy defaults', () => {
    expect(makeSchedule().holidayPolicy).toEqual({
      onHoliday: 'next_working_day',
      cutiBersamaIsHoliday: true,
      closedWeekdays: [7],
    });
  });

  it('round-trips through JSON unchanged', () => {
    const schedule = makeSchedule({ rule: { kind: 'last_weekday', weekday: 4 } });
    expect(scheduleSchema.parse(JSON.parse(JSON.stringify(schedule)))).toEqual(schedule);
  });

  it.each([
    ['valid', {}, true],
    ['end before start', { start: '11:00', end: '08:00' }, false],
    ['time not HH:mm', { start: '8:00' }, false],
    ['zone outside Indonesia', { zone: 'Asia/Singapore' }, false],
    ['WITA', { zone: 'Asia/Makassar' }, true],
    ['WIT', { zone: 'Asia/Jayapura' }, true],
    ['no services', { services: [] }, false],
    ['unknown service', { services: ['imunisasi'] }, false],
    ['duplicate service', { services: ['balita', 'balita'] }, false],
    ['colon in posyandu id (breaks queue job ids)', { posyanduId: 'bekasi:rw05' }, false],
    ['empty place', { place: '  ' }, false],
    ['weekday rule on a closed Sunday', { rule: { kind: 'nth_weekday', n: 1, weekday: 7 } }, false],
    [
      'Sunday rule when Sunday is open',
      { rule: { kind: 'nth_weekday', n: 1, weekday: 7 }, holidayPolicy: { closedWeekdays: [] } },
      true,
    ],
    ['unknown holiday action', { holidayPolicy: { onHoliday: 'later' } }, false],
  ])('%s', (_name, patch, ok) => {
    expect(scheduleSchema.safeParse({ ...valid, ...patch }).success).toBe(ok);
  });
});

describe('scheduleExceptionSchema', () => {
  it.each([
    ['cancel', { kind: 'cancelled', originalDate: '2026-03-10' }, true],
    ['move date', { kind: 'moved', originalDate: '2026-03-10', date: '2026-03-12' }, true],
    ['move place only', { kind: 'moved', originalDate: '2026-03-10', place: 'Masjid' }, true],
    ['move with nothing', { kind: 'moved', originalDate: '2026-03-10' }, false],
    ['move too far', { kind: 'moved', originalDate: '2026-03-10', date: '2026-05-10' }, false],
    ['impossible date', { kind: 'cancelled', originalDate: '2026-02-30' }, false],
    ['end before start', { kind: 'moved', originalDate: '2026-03-10', start: '10:00', end: '09:00' }, false],
  ])('%s', (_name, input, ok) => {
    expect(scheduleExceptionSchema.safeParse(input).success).toBe(ok);
  });
});

describe('shipped holidays', () => {
  it('has one valid file per year, 2026 official and 2027 estimated', () => {
    expect(HOLIDAY_YEARS.map((y) => [y.year, y.status])).toEqual([
      [2026, 'official'],
      [2027, 'estimated'],
    ]);
  });

  it('2026 matches the SKB: 17 libur nasional and 8 cuti bersama', () => {
    const year = NATIONAL_HOLIDAYS.filter((h) => h.date.startsWith('2026-'));
    expect(year.filter((h) => !h.cutiBersama)).toHaveLength(17);
    expect(year.filter((h) => h.cutiBersama).map((h) => h.date)).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
  });

  it('marks every 2027 Islamic holiday tentative', () => {
    const islamic = NATIONAL_HOLIDAYS.filter(
      (h) => h.date.startsWith('2027-') && /Idul|Isra|Muharam|Maulid/.test(h.nameId),
    );
    expect(islamic.length).toBeGreaterThanOrEqual(6);
    expect(islamic.every((h) => h.tentative === true)).toBe(true);
  });

  it('names every holiday in Indonesian and English, sorted by date', () => {
    const dates = NATIONAL_HOLIDAYS.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    expect(NATIONAL_HOLIDAYS.every((h) => h.nameId.length > 0 && h.nameEn.length > 0)).toBe(true);
  });

  it('refuses a year file with a date from another year', () => {
    const file = { year: 2026, status: 'official', source: 'x', holidays: [{ date: '2027-01-01', nameId: 'a', nameEn: 'a', cutiBersama: false }] };
    expect(holidayYearSchema.safeParse(file).success).toBe(false);
  });
});
