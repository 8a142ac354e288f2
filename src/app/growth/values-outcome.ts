import type { Json } from '../../engine/index.js';
import { measurementIntent, numbersAsRead, type MeasurementField } from '../../domain/measurement/index.js';
import { formatDisplayNumber } from '../../shared/numbers/format-id.js';
import { readTypedValues, type Picks } from './typed-values.js';

/** After this many unreadable messages in a row the flow stops kindly instead of asking forever. */
export const MAX_VALUE_TRIES = 3;

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
export function valuesOutcome(text: string, tries: number, picks: Picks): { result: 'ok' | 'problem' | 'gave_up'; data?: Json } {
  const read = readTypedValues(text, picks);
  // A lone number is the weight only if the person says so: `guessed` (the number as typed) lets the flow ask.
  const guessed = read.ok && read.values.weightKg !== undefined && measurementIntent(text) === 'bare';
  if (read.ok) return { result: 'ok', data: { ...read.values, ...(guessed ? { guessed: numbersAsRead(text) } : {}) } as unknown as Json };
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
