import { fail, ok, type AnswerResult } from '../../shared/numbers/answer-result.js';
import { clockHour, saidTime, type SaidTime } from './clock-time.js';
import { normalizeInput } from '../../shared/numbers/normalize-input.js';

/** A span of the day, both ends as `HH:mm`, start before end. */
export interface TimeRange {
  start: string;
  end: string;
}

const EXAMPLE = { example: '08.00' };
const RANGE_EXAMPLE = { example: '08.00-11.00' };
// The first of these splits a range; "s/d" is "sampai dengan", "nepi ka"/"dugi ka" are Sundanese.
const RANGE_SEPARATOR = /\s?(?:-|–|—|s\/d|s\.d\.?)\s?|\s(?:sd|sampai dengan|sampai|sampe|smp|hingga|until|till|to|nepi ka|nepi|dugi ka|dugi)\s/;

/**
 * Reads a clock time as `HH:mm` (24-hour): "08.00", "8:00", "jam 8", "jam 8 pagi", "13.30",
 * "1 siang", "3 sore", "7 malam", "setengah 9" (8:30), "8 pm", "pukul 08.00 WIB". A bare hour without
 * a part of the day is taken as written on the 24-hour clock ("jam 1" is 01:00).
 *
 * @example
 * parseTime('jam 8 pagi'); // { ok: true, value: '08:00' }
 * parseTime('1 siang');    // { ok: true, value: '13:00' }
 * parseTime('25.00');      // { ok: false, reason: 'not_a_time', params: { example: '08.00' } }
 */
export function parseTime(text: string): AnswerResult<string> {
  const normalized = cleaned(text);
  if (normalized === '') return fail('empty');
  const said = saidTime(normalized);
  return said ? ok(format(clockHour(said), said.minute)) : fail('not_a_time', EXAMPLE);
}

/**
 * Reads a span of time: "08.00-11.00", "08.00 s/d 11.00", "jam 8 sampai 11", "1-3 siang",
 * "jam 10 pagi sampai 1". A part of the day said on one end applies to the other when that keeps
 * the order; an end without one that would come before the start is read as afternoon.
 *
 * @example
 * parseTimeRange('jam 8 sampai 11'); // { ok: true, value: { start: '08:00', end: '11:00' } }
 * parseTimeRange('1-3 siang');       // { ok: true, value: { start: '13:00', end: '15:00' } }
 * parseTimeRange('11.00-08.00');     // { ok: false, reason: 'not_a_time_range', … }
 */
export function parseTimeRange(text: string): AnswerResult<TimeRange> {
  const normalized = cleaned(text);
  if (normalized === '') return fail('empty');
  const separator = RANGE_SEPARATOR.exec(normalized);
  if (!separator) return fail('not_a_time_range', RANGE_EXAMPLE);
  const from = saidTime(normalized.slice(0, separator.index).trim());
  const to = saidTime(normalized.slice(separator.index + separator[0].length).trim());
  if (!from || !to) return fail('not_a_time_range', RANGE_EXAMPLE);
  const [start, end] = ordered(from, to);
  if (end <= start) return fail('not_a_time_range', RANGE_EXAMPLE);
  return ok({ start: format(Math.floor(start / 60), start % 60), end: format(Math.floor(end / 60), end % 60) });
}

/** Minutes since midnight of both ends, with a part of the day shared where one end lacks it. */
function ordered(from: SaidTime, to: SaidTime): [number, number] {
  const minutes = (t: SaidTime): number => clockHour(t) * 60 + t.minute;
  if (!from.part && to.part) {
    const shared = minutes({ ...from, part: to.part });
    if (shared < minutes(to)) return [shared, minutes(to)];
  }
  const start = minutes(from);
  if (from.part && !to.part) {
    const shared = minutes({ ...to, part: from.part });
    if (shared > start) return [start, shared];
  }
  let end = minutes(to);
  // "jam 10 sampai 2" ends at 14:00; "11.00-08.00" was written on the 24-hour clock and stays wrong.
  if (!to.part && !to.zeroPadded && end <= start && to.hour < 12) end += 12 * 60;
  return [start, end];
}

function cleaned(text: string): string {
  return normalizeInput(text).replace(/[!?,;]+$|\.+$/g, '').trim();
}

function format(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
