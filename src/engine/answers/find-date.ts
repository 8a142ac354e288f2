import type { AnswerResult } from '../../shared/numbers/answer-result.js';
import { normalizeInput } from '../../shared/numbers/normalize-input.js';
import { monthNumber } from './month-names.js';
import { parseDate, type DateOptions } from './parse-date.js';
import { relativeDate } from './relative-date.js';

/** The dates said inside a longer message, in the order said, and the message without them. */
export interface DateInText {
  dates: Array<AnswerResult<string>>;
  /** The other words, as normalized, for the reader of the rest ("berat 11,6 tinggi 84"). */
  rest: string;
}

const LEAD = new Set(['tgl', 'tgl.', 'tanggal', 'tanggalnya', 'tg', 'pada', 'pd', 'on', 'kaping']);
const DAY = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;
// Shapes that are dates wherever they stand. A dot or a dash between two numbers may be a decimal
// ("8.5") or a range, so those count only with a year or after "tgl".
const STANDALONE = [/^\d{1,2}\/\d{1,2}(?:\/(?:\d{2}|\d{4}))?$/, /^\d{1,2}-\d{1,2}-(?:\d{2}|\d{4})$/, /^\d{1,2}\.\d{1,2}\.\d{4}$/, /^\d{4}-\d{1,2}-\d{1,2}$/];
const LONGEST = 4;

/**
 * Finds the date in a message that says more ("sari 3 des 2026 berat 11,6", "bb 9,2 kemarin",
 * "tgl 03/12 tb 84"), so its numbers are not read as a weight or a height. Only shapes that cannot be
 * a measure are taken: a month name after a day, a slash date, a dated dash or dot with its year,
 * relative words ("kemarin", "3 hari lalu"), or anything `parseDate` reads right after "tgl". A month
 * name before the day ("Juni 8") is taken only after "tgl": Juni and Mei are children's names too.
 *
 * @example
 * findDateIn('sari 3 des 2026 berat 11,6', { today: '2026-12-07' }); // { dates: [{ ok: true, value: '2026-12-03' }], rest: 'sari berat 11,6' }
 * findDateIn('bb 8.5 tb 72', { today: '2026-12-07' });               // undefined
 */
export function findDateIn(text: string, options: DateOptions): DateInText | undefined {
  let words = normalizeInput(text).split(' ').filter((w) => w !== '');
  const dates: Array<AnswerResult<string>> = [];
  for (let found = firstDate(words); found; found = firstDate(words)) {
    dates.push(parseDate(found.said.join(' '), options));
    words = [...words.slice(0, found.from), ...words.slice(found.to)];
  }
  return dates.length ? { dates, rest: words.join(' ') } : undefined;
}

function firstDate(words: readonly string[]): { said: string[]; from: number; to: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    const lead = i > 0 && LEAD.has(words[i - 1]!);
    for (let length = Math.min(LONGEST, words.length - i); length >= 1; length--) {
      const said = words.slice(i, i + length);
      if (isDateShape(said, lead)) return { said, from: lead ? i - 1 : i, to: i + length };
    }
  }
  return undefined;
}

function isDateShape(words: readonly string[], lead: boolean): boolean {
  const said = words.join(' ').replace(/[,;:]$/, '');
  if (isRelative(words)) return true;
  if (words.length === 1 && STANDALONE.some((shape) => shape.test(said))) return true;
  if (DAY.test(words[0]!) && words.length >= 2 && monthNumber(words[1]!.replace(/[.,]$/, '')) !== undefined) {
    return words.length === 2 || (words.length === 3 && YEAR.test(words[2]!.replace(/[.,]$/, '')));
  }
  return lead && words.length <= 3 && !words.some((w) => /\d[,]\d/.test(w)) && parseDate(said, { today: '2000-01-01' }).ok;
}

/** Relative words taken whole and no further: "kemarin lusa", not "kemarin bb". */
function isRelative(words: readonly string[]): boolean {
  const whole = relativeDate(words.join(' '));
  if (!whole) return false;
  for (let n = 1; n < words.length; n++) {
    const part = relativeDate(words.slice(0, n).join(' '));
    if (part && part.unit === whole.unit && part.amount === whole.amount) return false;
  }
  return true;
}
