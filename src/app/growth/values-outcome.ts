import { DateTime } from 'luxon';
import { findDateIn } from '../../engine/answers/index.js';
import type { Json } from '../../engine/index.js';
import type { AnswerResult } from '../../shared/numbers/answer-result.js';
import { measurementIntent, numbersAsRead, type MeasurementField } from '../../domain/measurement/index.js';
import { formatDisplayNumber } from '../../shared/numbers/format-id.js';
import type { Lang } from '../../shared/lang.js';
import { formatDay } from './format.js';
import { readTypedValues, type Picks } from './typed-values.js';

/** After this many unreadable messages in a row the flow stops kindly instead of asking forever. */
export const MAX_VALUE_TRIES = 3;

// As far back as the measurement flows ask for a date ("maxYearsAgo" of their date question).
const MEASURED_YEARS_AGO = 6;

const UNIT: Record<MeasurementField, string> = { weightKg: 'kg', lengthCm: 'cm', headCm: 'cm', armCm: 'cm' };
const FIELDS: readonly MeasurementField[] = ['weightKg', 'lengthCm', 'headCm', 'armCm'];

/**
 * What the measurement flows do with typed values: `ok` with the values, `problem` with the reason
 * to show (or, for a measure typed twice with different numbers, the question "8,5 atau 8,7 kg?" with
 * each number as a choice, the text and the picks so far, so a pick reads the same words again), or
 * `gave_up` after too many unreadable messages.
 *
 * @example
 * valuesOutcome('bb 8,5 bb 8,7', 0, {}); // { result: 'problem', data: { code: 'two_values', field: 'weightKg', options: [{ id: '8.5', text: '8,5 kg' }, …], … } }
 * valuesOutcome('bb 8,5 bb 8,7', 0, { weightKg: 8.7 }); // { result: 'ok', data: { weightKg: 8.7, accepted: [] } }
 */
export function valuesOutcome(text: string, tries: number, picks: Picks, today?: string): { result: 'ok' | 'problem' | 'gave_up'; data?: Json } {
  // "sari 3 des 2026 berat 11,6": the date is the day measured, never a weight or a height.
  const dated = today === undefined ? undefined : findDateIn(text, { today, notAfter: today, notBefore: DateTime.fromISO(today).minus({ years: MEASURED_YEARS_AGO }).toISODate()! });
  const measures = dated ? dated.rest : text;
  const said = dated ? saidDay(dated.dates) : {};
  const read = readTypedValues(measures, picks);
  // A lone number is the weight only if the person says so: `guessed` (the number as typed) lets the flow ask.
  const guessed = read.ok && read.values.weightKg !== undefined && measurementIntent(measures) === 'bare';
  if (read.ok) return { result: 'ok', data: { ...read.values, ...said, ...(guessed ? { guessed: numbersAsRead(measures) } : {}) } as unknown as Json };
  const { code, token, field, values } = read.problem;
  if (code === 'two_values' && field && values) {
    // Not a wrong answer: the person typed both, and is asked which; their tries are not spent.
    const shown = values.map((v) => formatDisplayNumber(v));
    const question = { __t: `growth.values.which.${field}`, params: { first: shown[0]!, second: shown.slice(1).join(' / ') } };
    return {
      result: 'problem',
      data: {
        tries: Math.max(tries, 0),
        code,
        field,
        text,
        picks: picks as Json,
        options: values.map((v, i) => ({ id: String(v), text: `${shown[i]} ${UNIT[field]}` })),
        question,
        // Where a flow does not ask with choices (a correction), the same question is its problem text.
        problem: question,
      },
    };
  }
  const next = tries + 1;
  if (next >= MAX_VALUE_TRIES) return { result: 'gave_up' };
  return { result: 'problem', data: { tries: next, code, problem: { __t: `growth.values.problem.${code}`, params: { token } } } };
}

/**
 * What the dates found in a measurement text say about the day measured: one day (`date`), or, when
 * the day is not clear, why (`dates`), so a flow can ask instead of guessing. Two different days
 * ("tgl 3/12 … kemarin") are `two_dates` with each as a choice to pick; a day that cannot be the day
 * measured (in the future, too old, not on the calendar) is `bad_date` with the reason to show.
 *
 * @example
 * saidDay([{ ok: true, value: '2026-12-06' }]); // { date: '2026-12-06' }
 * saidDay([{ ok: true, value: '2026-12-03' }, { ok: true, value: '2026-12-06' }]); // { dates: { code: 'two_dates', days: ['2026-12-03', '2026-12-06'] } }
 * saidDay([{ ok: false, reason: 'date_in_future', params }]); // { dates: { code: 'bad_date', problem: { __t: 'answer.error.date_in_future', params } } }
 */
export function saidDay(dates: ReadonlyArray<AnswerResult<string>>): SaidDay {
  const days = [...new Set(dates.flatMap((d) => (d.ok ? [d.value] : [])))];
  const failed = dates.find((d) => !d.ok);
  if (days.length >= 2) return { dates: { code: 'two_dates', days } };
  if (failed && !failed.ok) return { dates: { code: 'bad_date', problem: { __t: `answer.error.${failed.reason}`, params: { ...failed.params } } } };
  return days.length === 1 ? { date: days[0]! } : {};
}

/**
 * A read with two different days said gets each day as a choice in the contact's language ("3 Desember
 * 2026"), the id being the day itself, so the flow's answer is the day measured.
 *
 * @example
 * withDayChoices({ result: 'ok', data: { weightKg: 8.4, dates: { code: 'two_dates', days: ['2026-12-03', '2026-12-06'] } } }, 'id');
 * // data.dates.options: [{ id: '2026-12-03', text: '3 Desember 2026' }, { id: '2026-12-06', text: '6 Desember 2026' }]
 */
export function withDayChoices<T extends { data?: Json }>(outcome: T, lang: Lang): T {
  const data = outcome.data as { dates?: { code?: unknown; days?: unknown } } | undefined;
  const dates = data?.dates;
  if (dates?.code !== 'two_dates' || !Array.isArray(dates.days)) return outcome;
  const options = (dates.days as string[]).map((day) => ({ id: day, text: formatDay(day, lang) }));
  return { ...outcome, data: { ...(outcome.data as Record<string, Json>), dates: { ...dates, options } as Json } };
}

/** The day measured as said in a measurement text (see `saidDay`). */
export type SaidDay = { date?: string; dates?: { code: 'two_dates'; days: string[] } | { code: 'bad_date'; problem: { __t: string; params: Record<string, string | number> } } };

/**
 * The picks so far with the value just chosen for the measure asked about.
 *
 * @example
 * withPick({ field: 'weightKg', picks: {} }, '8.7'); // { weightKg: 8.7 }
 */
export function withPick(asked: unknown, picked: string): Picks {
  const o = (typeof asked === 'object' && asked !== null ? asked : {}) as { field?: unknown; picks?: unknown };
  const before = (typeof o.picks === 'object' && o.picks !== null ? o.picks : {}) as Record<string, unknown>;
  const picks: Picks = {};
  for (const f of FIELDS) if (typeof before[f] === 'number') picks[f] = before[f];
  const value = Number(picked);
  if (FIELDS.includes(o.field as MeasurementField) && Number.isFinite(value)) picks[o.field as MeasurementField] = value;
  return picks;
}
