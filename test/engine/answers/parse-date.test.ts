import { describe, expect, it } from 'vitest';
import { parseDate, type DateOptions } from '../../../src/engine/answers/index.js';

const today = '2026-03-12';
const past: DateOptions = { today, notAfter: today };

describe('parseDate reads (today is Thursday 12 March 2026)', () => {
  it.each<[string, string, DateOptions?]>([
    ['12-03-2024', '2024-03-12'],
    ['12/3/24', '2024-03-12'],
    ['12.3.2024', '2024-03-12'],
    ['12 - 03 - 2024', '2024-03-12'],
    ['12 3 2024', '2024-03-12'],
    ['1/2/2025', '2025-02-01'],
    ['2024-03-12', '2024-03-12'],
    ['2024/3/12', '2024-03-12'],
    ['12032024', '2024-03-12'],
    ['12 Maret 2024', '2024-03-12'],
    ['12 maret 2024.', '2024-03-12'],
    ['12 mar 2024', '2024-03-12'],
    ['12 Mrt 24', '2024-03-12'],
    ['12-mar-2024', '2024-03-12'],
    ['12mar24', '2024-03-12'],
    ['12 Maret, 2024', '2024-03-12'],
    ['tgl 12 Maret 2024', '2024-03-12'],
    ['tanggal 12-03-2024', '2024-03-12'],
    ['Selasa, 12 Maret 2024', '2024-03-12'],
    ['lahir 5 Januari 2025', '2025-01-05'],
    ['1 Pebruari 2025', '2025-02-01'],
    ['17 Agustus 2025', '2025-08-17'],
    ['17 Agt 2025', '2025-08-17'],
    ['17 Ags 2025', '2025-08-17'],
    ['5 Nop 2025', '2025-11-05'],
    ['5 Nopember 2025', '2025-11-05'],
    ['24 Des 2025', '2025-12-24'],
    ['1 sept 2025', '2025-09-01'],
    ['1 okt 2025', '2025-10-01'],
    // English
    ['March 12, 2024', '2024-03-12'],
    ['march 12 2024', '2024-03-12'],
    ['12 March 2024', '2024-03-12'],
    ['1st march 2024', '2024-03-01'],
    ['May 3rd, 2025', '2025-05-03'],
    ['December 24, 2025', '2025-12-24'],
    // Sundanese month names differ only by accents
    ['12 Méi 2025', '2025-05-12'],
    ['1 Pébruari 2025', '2025-02-01'],
    ['3 Séptémber 2025', '2025-09-03'],
    ['3 Nopémber 2025', '2025-11-03'],
    ['24 Désémber 2025', '2025-12-24'],
    ['kaping 12 Maret 2024', '2024-03-12'],
    // No year: the most recent such date not after today
    ['12 Agustus', '2025-08-12'],
    ['12 Agt', '2025-08-12'],
    ['12 Méi', '2025-05-12'],
    ['12 Maret', '2026-03-12'],
    ['13 Maret', '2025-03-13'],
    ['1 Maret', '2026-03-01'],
    ['12/3', '2026-03-12'],
    ['29 feb', '2024-02-29'],
    // No year in a question about the future: the next such date
    ['12 Agustus', '2026-08-12', { today, notBefore: today }],
    ['1 Maret', '2027-03-01', { today, notBefore: today }],
    // Two-digit years: in (2026 - 90, 2026 + 10], or a century earlier when only that fits the bounds
    ['12/3/36', '2036-03-12', { today }],
    ['12/3/37', '1937-03-12', { today }],
    ['12/3/45', '1945-03-12', { today }],
    ['12/3/99', '1999-03-12', { today }],
    ['12/3/00', '2000-03-12', { today }],
    ['12/3/30', '1930-03-12', past],
    ['12/3/30', '2030-03-12', { today }],
    // Relative words
    ['hari ini', '2026-03-12'],
    ['Hari ini', '2026-03-12'],
    ['today', '2026-03-12'],
    ['ayeuna', '2026-03-12'],
    ['dinten ieu', '2026-03-12'],
    ['sekarang', '2026-03-12'],
    ['tadi pagi', '2026-03-12'],
    ['tadi siang', '2026-03-12'],
    ['kemarin', '2026-03-11'],
    ['Kemarin.', '2026-03-11'],
    ['kmrn', '2026-03-11'],
    ['kemaren', '2026-03-11'],
    ['kemarin sore bu', '2026-03-11'],
    ['yesterday', '2026-03-11'],
    ['kamari', '2026-03-11'],
    ['kemarin lusa', '2026-03-10'],
    ['mangkukna', '2026-03-10'],
    ['day before yesterday', '2026-03-10'],
    ['3 hari lalu', '2026-03-09'],
    ['3 hari yang lalu', '2026-03-09'],
    ['tiga hari yg lalu', '2026-03-09'],
    ['tilu poe kapengker', '2026-03-09'],
    ['seminggu lalu', '2026-03-05'],
    ['seminggu yang lalu', '2026-03-05'],
    ['2 minggu lalu', '2026-02-26'],
    ['2 weeks ago', '2026-02-26'],
    ['a week ago', '2026-03-05'],
    ['sebulan lalu', '2026-02-12'],
    ['setahun lalu', '2025-03-12'],
    ['besok', '2026-03-13', { today }],
    ['bsk', '2026-03-13', { today }],
    ['tomorrow', '2026-03-13', { today }],
    ['isukan', '2026-03-13', { today }],
    ['lusa', '2026-03-14', { today }],
    ['3 hari lagi', '2026-03-15', { today }],
    ['in 3 days', '2026-03-15', { today }],
  ])('%j → %s', (text, expected, options = past) => {
    expect(parseDate(text, options)).toEqual({ ok: true, value: expected });
  });
});

describe('parseDate refuses', () => {
  it.each<[string, DateOptions, string, Record<string, string>?]>([
    ['', past, 'empty'],
    ['abc', past, 'not_a_date', { example: '12-03-2026' }],
    ['kapan ya', past, 'not_a_date'],
    ['Maret 2024', past, 'not_a_date'],
    ['12', past, 'not_a_date'],
    ['minggu lalu', past, 'not_a_date'],
    // "Last night" is yesterday or today depending on the hour: ask again.
    ['tadi malam', past, 'not_a_date'],
    ['12 ju 2024', past, 'not_a_date'],
    ['31-02-2024', past, 'no_such_date', { example: '12-03-2026' }],
    ['29-02-2025', past, 'no_such_date'],
    ['31 April 2025', past, 'no_such_date'],
    ['12/13/2024', past, 'no_such_date'],
    ['00-03-2024', past, 'no_such_date'],
    ['2024-13-01', past, 'no_such_date'],
    ['31 feb', past, 'no_such_date'],
    ['besok', past, 'date_in_future', { example: '12-03-2026', max: '12-03-2026' }],
    ['lusa', past, 'date_in_future'],
    ['12-03-2027', past, 'date_in_future'],
    ['13-03-2026', { today, notAfter: '2026-03-12' }, 'date_in_future'],
    ['20-03-2026', { today, notAfter: '2026-03-19' }, 'date_too_late', { example: '12-03-2026', max: '19-03-2026' }],
    ['1-1-1990', { today, notAfter: today, notBefore: '2021-03-12' }, 'date_too_old', { example: '12-03-2026', min: '12-03-2021' }],
    ['kemarin', { today, notBefore: today }, 'date_too_old', { example: '12-03-2026', min: '12-03-2026' }],
    ['12/3/24', { today, notBefore: '2025-01-01' }, 'date_too_old'],
  ])('%j %j → %s', (text, options, reason, params) => {
    const result = parseDate(text, options);
    expect(result).toMatchObject({ ok: false, reason });
    if (params) expect(result).toEqual({ ok: false, reason, params });
  });

  it('offers the latest allowed date as the example when today is not allowed', () => {
    expect(parseDate('x', { today, notAfter: '2026-03-01' })).toEqual({ ok: false, reason: 'not_a_date', params: { example: '01-03-2026' } });
  });
});

describe('parseDate near year ends and leap days', () => {
  it.each<[string, string, string]>([
    ['kemarin', '2026-01-01', '2025-12-31'],
    ['31 Des', '2026-01-01', '2025-12-31'],
    ['1 Jan', '2026-01-01', '2026-01-01'],
    ['29 Februari', '2026-03-12', '2024-02-29'],
    ['29 Februari', '2028-02-29', '2028-02-29'],
    ['sebulan lalu', '2026-03-31', '2026-02-28'],
  ])('%j on %s → %s', (text, day, expected) => {
    expect(parseDate(text, { today: day, notAfter: day })).toEqual({ ok: true, value: expected });
  });
});
