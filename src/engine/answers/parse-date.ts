import { DateTime } from 'luxon';
import { fail, ok, type AnswerResult } from '../../shared/numbers/answer-result.js';
import { monthNumber } from './month-names.js';
import { normalizeInput } from '../../shared/numbers/normalize-input.js';
import { relativeDate } from './relative-date.js';

export interface DateOptions {
  /** Today as ISO `YYYY-MM-DD` in the contact's time zone. */
  today: string;
  /** Latest allowed ISO date (inclusive); equal to `today` for "not in the future". */
  notAfter?: string;
  /** Earliest allowed ISO date (inclusive). */
  notBefore?: string;
}

interface DayMonthYear {
  day: number;
  month: number;
  /** Absent when the user left it out ("12 Agustus"). */
  year?: number;
  /** "24" rather than "2024": the century is chosen later. */
  twoDigitYear?: boolean;
}

const LEADING_WORDS = /^(?:(?:tanggal|tanggalnya|tgl|tg|kaping|pada|pd|on|the|lahir|lahirnya|born|dilahirkan)\.?\s)+/;
const WEEKDAY = /^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|senen|salasa|rebo|kemis|jumaah|saptu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s(?=\d)/;
const NUMERIC = /^(\d{1,2})\s?[-/.\s]\s?(\d{1,2})(?:\s?[-/.\s]\s?(\d{4}|\d{2}))?$/;
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?\s?[-/.\s]?\s?(\p{L}+)\.?(?:\s?[-/.,\s]?\s?(\d{4}|\d{2}))?$/u;
const MONTH_NAME_DAY = /^(\p{L}+)\.?\s(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(\d{4}|\d{2}))?$/u;

/**
 * Reads a date, day first as Indonesians write it, and returns it as ISO `YYYY-MM-DD`.
 *
 * Understands `12-03-2024`, `12/3/24`, `12.3.2024`, `12032024`, `2024-03-12`, month names and
 * abbreviations in Indonesian, English and Sundanese (`12 Maret 2024`, `12 Mrt 24`, `March 12, 2024`,
 * `12 Méi`), and relative words (`hari ini`, `kemarin`, `kemarin lusa`, `besok`, `lusa`, `kamari`,
 * `3 hari lalu`, `seminggu lalu`, `2 weeks ago`). A two-digit year is put in the century that places
 * it at most 10 years after and less than 90 years before today's year (in 2026: `36` is 2036, `37`
 * is 1937), or a century earlier when only that fits `notAfter`/`notBefore` (`30` as a birth date
 * is 1930). A date without a year is the most recent such date not after today, or, when `notBefore`
 * is today or later (a question about the future), the next one from today.
 *
 * @example
 * parseDate('12 Mrt 24', { today: '2026-03-12' });          // { ok: true, value: '2024-03-12' }
 * parseDate('kemarin', { today: '2026-03-12' });            // { ok: true, value: '2026-03-11' }
 * parseDate('12 Agustus', { today: '2026-03-12' });         // { ok: true, value: '2025-08-12' }
 * parseDate('31-02-2024', { today: '2026-03-12' });         // { ok: false, reason: 'no_such_date', … }
 * parseDate('besok', { today: '2026-03-12', notAfter: '2026-03-12' }); // { ok: false, reason: 'date_in_future', … }
 */
export function parseDate(text: string, options: DateOptions): AnswerResult<string> {
  const today = DateTime.fromISO(options.today, { zone: 'utc' });
  const normalized = normalizeInput(text).replace(/[!?;]+$|\.+$/g, '').trim();
  const example = { example: display(options.notAfter && options.notAfter < options.today ? options.notAfter : options.notBefore && options.notBefore > options.today ? options.notBefore : options.today) };
  if (normalized === '') return fail('empty');

  let date: DateTime;
  const relative = relativeDate(normalized);
  if (relative) {
    date = today.plus({ [relative.unit]: relative.amount });
  } else {
    const parts = dayMonthYear(normalized.replace(LEADING_WORDS, '').replace(WEEKDAY, ''));
    if (!parts) return fail('not_a_date', example);
    const found = parts.year === undefined ? withoutYear(parts, today, options) : withYearResolved(parts, today.year, options);
    if (!found) return fail('no_such_date', example);
    date = found;
  }
  const iso = date.toISODate() ?? '';
  if (options.notAfter && iso > options.notAfter) {
    return fail(options.notAfter === options.today ? 'date_in_future' : 'date_too_late', { ...example, max: display(options.notAfter) });
  }
  if (options.notBefore && iso < options.notBefore) return fail('date_too_old', { ...example, min: display(options.notBefore) });
  return ok(iso);
}

function dayMonthYear(text: string): DayMonthYear | undefined {
  const iso = ISO.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const numeric = NUMERIC.exec(text) ?? COMPACT.exec(text);
  if (numeric) return withYear(Number(numeric[1]), Number(numeric[2]), numeric[3]);
  const dayFirst = DAY_MONTH_NAME.exec(text);
  const dayFirstMonth = dayFirst ? monthNumber(dayFirst[2] ?? '') : undefined;
  if (dayFirst && dayFirstMonth) return withYear(Number(dayFirst[1]), dayFirstMonth, dayFirst[3]);
  const monthFirst = MONTH_NAME_DAY.exec(text);
  const monthFirstMonth = monthFirst ? monthNumber(monthFirst[1] ?? '') : undefined;
  if (monthFirst && monthFirstMonth) return withYear(Number(monthFirst[2]), monthFirstMonth, monthFirst[3]);
  return undefined;
}

function withYear(day: number, month: number, year: string | undefined): DayMonthYear {
  if (year === undefined) return { day, month };
  return year.length === 2 ? { day, month, year: Number(year), twoDigitYear: true } : { day, month, year: Number(year) };
}

function withYearResolved({ day, month, year = 0, twoDigitYear }: DayMonthYear, todayYear: number, options: DateOptions): DateTime | undefined {
  const date = DateTime.fromObject({ year: twoDigitYear ? centuryOf(year, todayYear) : year, month, day }, { zone: 'utc' });
  if (!date.isValid || !twoDigitYear || withinBounds(date, options)) return date.isValid ? date : undefined;
  // "12/3/30" asked as a birth date (not after today) means 1930, not 2030.
  const centuryEarlier = date.minus({ years: 100 });
  return centuryEarlier.isValid && withinBounds(centuryEarlier, options) ? centuryEarlier : date;
}

function withinBounds(date: DateTime, { notAfter, notBefore }: DateOptions): boolean {
  const iso = date.toISODate() ?? '';
  return (notAfter === undefined || iso <= notAfter) && (notBefore === undefined || iso >= notBefore);
}

/** The four-digit year of `yy` that lies in (todayYear - 90, todayYear + 10]. */
function centuryOf(yy: number, todayYear: number): number {
  let year = Math.floor(todayYear / 100) * 100 + yy;
  if (year > todayYear + 10) year -= 100;
  if (year <= todayYear - 90) year += 100;
  return year;
}

function withoutYear({ day, month }: DayMonthYear, today: DateTime, options: DateOptions): DateTime | undefined {
  const forward = options.notBefore !== undefined && options.notBefore >= options.today;
  // Eight years always reach a 29 February.
  for (let step = 0; step <= 8; step++) {
    const year = forward ? today.year + step : today.year - step;
    const date = DateTime.fromObject({ year, month, day }, { zone: 'utc' });
    if (date.isValid && (forward ? date >= today : date <= today)) return date;
  }
  return undefined;
}

/** Dates in re-ask params look the way users are asked to type them. */
function display(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'utc' }).toFormat('dd-MM-yyyy');
}
