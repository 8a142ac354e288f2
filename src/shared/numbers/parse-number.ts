import { fail, ok, type AnswerParams, type AnswerResult } from './answer-result.js';
import { normalizeInput } from './normalize-input.js';
import { readDecimal } from './read-decimal.js';
import { scanQuantities, type Quantity } from './scan-quantities.js';
import { formatDisplayNumber } from './format-id.js';
import { isNumberUnit, unitSpec, unitWord, type NumberUnit, type UnitMeaning } from './units.js';
import { AppError } from '../errors.js';

export interface NumberOptions {
  /** The unit the answer is returned in; typed answers in another unit of the same kind are converted. */
  unit?: NumberUnit;
  min?: number;
  max?: number;
  integer?: boolean;
}

/**
 * Reads a number from a typed answer, in the requested unit.
 *
 * Accepts a decimal comma or dot, a unit word in Indonesian, English or Sundanese ("kilo", "senti",
 * "gram", "bln", "taun"), converted to `unit` ("8500 gram" → 8.5 kg, "1,2 m" → 120 cm), and amounts
 * in several parts of one kind ("8 kg 5 ons", "1 tahun 6 bulan"). "8.500" is read as 8500 when the
 * typed or requested unit is a whole-number unit (g, mm, day, person, times) or `integer` is set, and
 * as 8.5 otherwise; when only the other reading fits `min`/`max`, that one is taken.
 *
 * @example
 * parseNumber(' 8,5 kg', { unit: 'kg' });               // { ok: true, value: 8.5 }
 * parseNumber('8.500 gr', { unit: 'kg' });              // { ok: true, value: 8.5 }
 * parseNumber('1,2 m', { unit: 'cm' });                 // { ok: true, value: 120 }
 * parseNumber('72 cm', { unit: 'kg' });                 // { ok: false, reason: 'wrong_unit', … }
 * parseNumber('50', { unit: 'kg', min: 1, max: 40 });   // { ok: false, reason: 'out_of_range', … }
 */
export function parseNumber(text: string, options: NumberOptions = {}): AnswerResult<number> {
  const { unit } = options;
  if (unit !== undefined && !isNumberUnit(unit)) {
    throw new AppError('FLOW_INVALID', `Number unit "${String(unit)}" is unknown: use one of the units in NUMBER_UNITS.`, { unit });
  }
  const normalized = normalizeInput(text);
  const example = exampleParams(options);
  if (normalized === '') return fail('empty');
  const quantities = scanQuantities(normalized);
  if (quantities.length === 0) return fail('not_a_number', example);
  // "1e309", "8kg500g", "1th6bln": the digits glued after the word would be dropped; a re-ask beats a wrong reading.
  if (quantities.some((q) => /^\d/.test(normalized.slice(q.end, q.end + 1)))) return fail('not_a_number', example);

  const typed: Array<{ quantity: Quantity; meaning?: UnitMeaning }> = [];
  for (const quantity of quantities) {
    const meaning = quantity.word === undefined ? undefined : unitWord(quantity.word);
    if (meaning === 'foreign') return fail('unknown_unit', { ...example, word: quantity.word ?? '' });
    if (meaning && unit && meaning.dimension !== unitSpec(unit).dimension) return fail('wrong_unit', example);
    typed.push(meaning ? { quantity, meaning } : { quantity });
  }
  const parts = typed.length === 1 || typed.every((t) => t.meaning) ? typed : undefined;
  if (!parts) return fail('ambiguous_number', example);

  let total = 0;
  for (const { quantity, meaning } of parts) {
    const values = candidates(quantity, meaning, options);
    if (values.length === 0) return fail('not_a_number', example);
    total += values.find((v) => parts.length > 1 || inRange(v, options)) ?? values[0]!;
  }
  const value = Number(total.toPrecision(12));
  if (!Number.isFinite(value)) return fail('not_a_number', example);
  if (options.integer && !Number.isInteger(value)) return fail('not_a_whole_number', example);
  return checkRange(value, options) ?? ok(value);
}

/** The readings of one quantity, converted to the requested unit, most likely first. */
function candidates(quantity: Quantity, meaning: UnitMeaning | undefined, options: NumberOptions): number[] {
  const { unit } = options;
  const typedWhole = meaning ? isWholeMeaning(meaning) : undefined;
  const whole = options.integer || (typedWhole ?? (unit ? unitSpec(unit).whole : false));
  const sign = quantity.negative ? -1 : 1;
  const factor = meaning && unit ? meaning.factor / unitSpec(unit).factor : 1;
  // A finite reading can still overflow when converted (306 nines typed in kg, asked in grams).
  return readDecimal(quantity.literal, whole ? 'grouping' : 'decimal').map((v) => sign * v * factor).filter(Number.isFinite);
}

function isWholeMeaning(meaning: UnitMeaning): boolean {
  // A typed "gram" or "mm" is a whole-number unit whatever the question asks for.
  return meaning.factor === 1 && (meaning.dimension === 'mass' || meaning.dimension === 'length' || meaning.dimension === 'days' || meaning.dimension === 'count' || meaning.dimension === 'times');
}

function inRange(value: number, { min, max }: NumberOptions): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

function checkRange(value: number, options: NumberOptions): AnswerResult<number> | undefined {
  if (inRange(value, options)) return undefined;
  const { min, max } = options;
  const params = exampleParams(options);
  if (min !== undefined && max !== undefined) return fail('out_of_range', { ...params, min: display(min, options.unit), max: display(max, options.unit) });
  if (min !== undefined) return fail('below_min', { ...params, min: display(min, options.unit) });
  return fail('above_max', { ...params, max: display(max ?? 0, options.unit) });
}

/** `{example}` and `{unit}` for every re-ask: the unit's typical value if it fits, else the middle of the range. */
function exampleParams({ unit, min, max, integer }: NumberOptions): AnswerParams {
  const typical = unit ? unitSpec(unit).example : 10;
  let value = typical;
  if ((min !== undefined && typical < min) || (max !== undefined && typical > max)) {
    const low = min ?? (max ?? 0) / 2;
    const high = max ?? low * 2 + 10;
    value = (low + high) / 2;
    // Halves only where people weigh and measure in halves ("20,5 kg"); whole numbers elsewhere.
    const halves = !integer && unit !== undefined && unitSpec(unit).symbol !== undefined && !unitSpec(unit).whole;
    value = halves ? Math.round(value * 2) / 2 : Math.round(value);
  }
  return { example: display(value, unit), unit: unit ? (unitSpec(unit).symbol ?? unit) : '' };
}

function display(value: number, unit: NumberUnit | undefined): string {
  const symbol = unit ? unitSpec(unit).symbol : undefined;
  return symbol ? `${formatDisplayNumber(value)} ${symbol}` : formatDisplayNumber(value);
}
