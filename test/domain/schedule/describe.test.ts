import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/shared/lang.js';
import {
  describeSession,
  NATIONAL_HOLIDAYS,
  nextSessions,
  relativeDay,
  reminderMessage,
  SUNDANESE_MONTHS,
  type ScheduleException,
  type Session,
} from '../../../src/domain/schedule/index.js';
import { makeSchedule, utc } from './fixtures.js';

/** The 10 March 2026 session (a Tuesday), optionally changed. */
function march(exceptions: ScheduleException[] = [], zone: Session['zone'] = 'Asia/Jakarta'): Session {
  const [session] = nextSessions(makeSchedule({ zone }), exceptions, NATIONAL_HOLIDAYS, utc('2026-03-01T00:00:00Z'), 1);
  if (!session) throw new Error('no session');
  return session;
}

const locales = Object.fromEntries(
  (['id', 'en', 'su'] as const).map((lang) => [
    lang,
    JSON.parse(readFileSync(new URL(`../../../locales/${lang}.json`, import.meta.url), 'utf8')) as Record<
      string,
      string
    >,
  ]),
) as Record<Lang, Record<string, string>>;

function render(lang: Lang, key: string, params: Record<string, string>): string {
  const template = locales[lang][key];
  if (template === undefined) throw new Error(`missing ${lang} ${key}`);
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? `{${name}}`);
}

describe('relativeDay, by calendar day in the posyandu zone', () => {
  it.each([
    ['same day, early', '2026-03-09T17:30:00Z', 'Asia/Jakarta', 'today'], // 00:30 WIB on the 10th
    ['late the day before', '2026-03-09T16:59:00Z', 'Asia/Jakarta', 'tomorrow'], // 23:59 WIB on the 9th
    ['same instant in WIT is already the day', '2026-03-09T16:00:00Z', 'Asia/Jayapura', 'today'], // 01:00 WIT
    ['same instant in WIB is the day before', '2026-03-09T16:00:00Z', 'Asia/Jakarta', 'tomorrow'], // 23:00 WIB
    ['WITA, the day before at noon', '2026-03-09T04:00:00Z', 'Asia/Makassar', 'tomorrow'],
    ['Sunday before the Tuesday', '2026-03-08T03:00:00Z', 'Asia/Jakarta', 'day_after_tomorrow'],
    ['Saturday before: next week', '2026-03-07T03:00:00Z', 'Asia/Jakarta', 'other'],
    ['after the session', '2026-03-11T03:00:00Z', 'Asia/Jakarta', 'other'],
  ] as const)('%s', (_name, now, zone, expected) => {
    expect(relativeDay(march([], zone), utc(now))).toBe(expected);
  });

  it('three days ahead in the same Monday–Sunday week is this_week', () => {
    const thursday = march([{ kind: 'moved', originalDate: '2026-03-10', date: '2026-03-12' }]);
    expect(relativeDay(thursday, utc('2026-03-09T03:00:00Z'))).toBe('this_week');
    const nextMonday = march([{ kind: 'moved', originalDate: '2026-03-10', date: '2026-03-16' }]);
    expect(relativeDay(nextMonday, utc('2026-03-12T03:00:00Z'))).toBe('other');
  });

  it('accepts a luxon DateTime', () => {
    expect(relativeDay(march(), DateTime.fromISO('2026-03-10T07:00', { zone: 'Asia/Jakarta' }))).toBe('today');
  });
});

describe('describeSession', () => {
  const monday = utc('2026-03-09T03:00:00Z'); // 10:00 WIB, the day before

  it.each([
    ['id', { weekday: 'Selasa', date: '10 Maret', start: '08.00', end: '11.00', zone: 'WIB', services: 'balita dan ibu hamil' }],
    ['en', { weekday: 'Tuesday', date: '10 March', start: '08:00', end: '11:00', zone: 'WIB', services: 'children under five and pregnant women' }],
    ['su', { weekday: 'Salasa', date: '10 Maret', start: '08.00', end: '11.00', zone: 'WIB', services: 'balita jeung ibu reuneuh' }],
  ] as const)('%s params', (lang, expected) => {
    const described = describeSession(march(), monday, lang);
    expect(described.key).toBe('schedule.next.tomorrow');
    expect(described.params).toMatchObject({ ...expected, place: 'Balai RW 05', year: '2026' });
  });

  it.each([
    ['id', 'Posyandu besok, Selasa 10 Maret, jam 08.00–11.00 WIB di Balai RW 05. Layanan: balita dan ibu hamil.'],
    ['en', 'Posyandu is tomorrow, Tuesday 10 March, 08:00–11:00 WIB at Balai RW 05. Services: children under five and pregnant women.'],
    ['su', 'Posyandu énjing, Salasa 10 Maret, tabuh 08.00–11.00 WIB di Balai RW 05. Layanan: balita jeung ibu reuneuh.'],
  ] as const)('%s sentence', (lang, sentence) => {
    const { key, params } = describeSession(march(), monday, lang);
    expect(render(lang, key, params)).toBe(sentence);
  });

  it.each([
    ['Asia/Makassar', 'WITA'],
    ['Asia/Jayapura', 'WIT'],
  ] as const)('labels %s as %s', (zone, label) => {
    expect(describeSession(march([], zone), monday, 'id').params.zone).toBe(label);
  });

  it('uses Sundanese month names, not Indonesian ones', () => {
    const may = march([{ kind: 'moved', originalDate: '2026-03-10', date: '2026-03-31' }]);
    expect(describeSession(may, monday, 'su').params.date).toBe('31 Maret');
    expect(SUNDANESE_MONTHS[4]).toBe('Méi');
    const schedule = makeSchedule({ rule: { kind: 'day_of_month', day: 5 } });
    const [session] = nextSessions(schedule, [], NATIONAL_HOLIDAYS, utc('2026-05-01T00:00:00Z'), 1);
    const params = describeSession(session, utc('2026-05-01T00:00:00Z'), 'su').params;
    expect([params.weekday, params.date]).toEqual(['Salasa', '5 Méi']);
    expect(describeSession(session, utc('2026-05-01T00:00:00Z'), 'id').params.date).toBe('5 Mei');
  });

  it('describes a moved, a cancelled, a holiday-shifted and no session', () => {
    const moved = describeSession(march([{ kind: 'moved', originalDate: '2026-03-10', date: '2026-03-12' }]), monday, 'id');
    expect(render('id', moved.key, moved.params)).toBe(
      'Posyandu yang semula hari Selasa, 10 Maret dipindah ke hari Kamis, 12 Maret, jam 08.00–11.00 WIB di Balai RW 05.',
    );
    const cancelled = describeSession(march([{ kind: 'cancelled', originalDate: '2026-03-10' }]), monday, 'en');
    expect(render('en', cancelled.key, cancelled.params)).toBe(
      'The posyandu on Tuesday 10 March is cancelled. The kader will let you know the next date.',
    );
    const schedule = makeSchedule({ rule: { kind: 'day_of_month', day: 17 } });
    const [shifted] = nextSessions(schedule, [], NATIONAL_HOLIDAYS, utc('2026-08-01T00:00:00Z'), 1);
    const holiday = describeSession(shifted, utc('2026-08-01T00:00:00Z'), 'su');
    expect(render('su', holiday.key, holiday.params)).toBe(
      'Kusabab libur Proklamasi Kemerdekaan Republik Indonesia, posyandu dipindahkeun ka dinten Salasa, 18 Agustus, tabuh 08.00–11.00 WIB di Balai RW 05.',
    );
    expect(describeSession(undefined, monday, 'id')).toEqual({ key: 'schedule.none', params: {} });
  });

  it('says when the holiday behind a shift is still an estimate (next year before the SKB is out)', () => {
    // 2027.json is estimated: Idul Fitri on Tuesday 9 March 2027 is marked tentative.
    const schedule = makeSchedule({ rule: { kind: 'nth_weekday', n: 2, weekday: 2 } });
    const now = utc('2027-03-01T00:00:00Z');
    const [shifted] = nextSessions(schedule, [], NATIONAL_HOLIDAYS, now, 1);
    expect(shifted).toMatchObject({ originalDate: '2027-03-09', status: 'moved', reason: 'holiday', holiday: { tentative: true } });
    const moved = describeSession(shifted, now, 'id');
    expect(moved.key).toBe('schedule.moved_holiday_tentative');
    expect(render('id', moved.key, moved.params)).toMatch(/^Karena libur .+, posyandu dipindah ke hari .+\. Tanggal libur ini masih perkiraan sampai diumumkan pemerintah; kader akan mengabari bila berubah\.$/);
    const skipped = describeSession({ ...shifted!, status: 'cancelled' }, now, 'en');
    expect(skipped.key).toBe('schedule.cancelled_holiday_tentative');
    expect(render('en', skipped.key, skipped.params)).toContain('The holiday date is not official yet');
  });

  it('a Sunday shift reads as a plain move (no holiday name to give)', () => {
    const schedule = makeSchedule({ rule: { kind: 'day_of_month', day: 12 } });
    const [session] = nextSessions(schedule, [], NATIONAL_HOLIDAYS, utc('2026-04-01T00:00:00Z'), 1);
    expect(describeSession(session, utc('2026-04-01T00:00:00Z'), 'id').key).toBe('schedule.moved');
  });
});

describe('reminderMessage', () => {
  it.each([
    ['three_days_before', 'schedule.reminder.three_days_before'],
    ['evening_before', 'schedule.reminder.evening_before'],
    ['morning_of', 'schedule.reminder.morning_of'],
    ['custom_week_before', 'schedule.reminder.custom'],
  ] as const)('%s → %s', (kind, key) => {
    expect(reminderMessage(kind, march(), 'id').key).toBe(key);
  });

  it('mentions the Buku KIA and the services in every language', () => {
    for (const lang of ['id', 'en', 'su'] as const) {
      const { key, params } = reminderMessage('evening_before', march(), lang);
      const text = render(lang, key, params);
      expect(text).toContain('Buku KIA');
      expect(text).toContain(params.services);
    }
  });
});

describe('schedule texts in locales/*.json', () => {
  const paramNames = Object.keys(describeSession(march(), utc('2026-03-01T00:00:00Z'), 'id').params);
  const relatives = ['today', 'tomorrow', 'day_after_tomorrow', 'this_week', 'other'];
  const reminders = ['three_days_before', 'evening_before', 'morning_of', 'custom'];
  const produced = [
    ...relatives.map((r) => `schedule.next.${r}`),
    ...reminders.map((r) => `schedule.reminder.${r}`),
    'schedule.none',
    'schedule.cancelled',
    'schedule.cancelled_holiday',
    'schedule.moved',
    'schedule.moved_holiday',
    'schedule.cancelled_holiday_tentative',
    'schedule.moved_holiday_tentative',
  ];

  it('have every key the code can produce, in id, en and su', () => {
    for (const lang of ['id', 'en', 'su'] as const) expect(produced.filter((key) => locales[lang][key] === undefined), lang).toEqual([]);
  });

  it('use only placeholders that describeSession gives', () => {
    for (const lang of ['id', 'en', 'su'] as const) {
      for (const key of produced) {
        for (const [, name] of locales[lang][key]!.matchAll(/\{(\w+)\}/g)) expect(paramNames).toContain(name);
      }
    }
  });
});
