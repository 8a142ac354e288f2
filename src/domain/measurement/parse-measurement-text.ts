// The domain reuses the engine's number reader (see measurement-tokens.ts for why).
import { parseNumber } from '../../shared/numbers/index.js';
import { unitWord } from '../../shared/numbers/units.js';
import { NUMBER, kindOf, tidy, type Kind } from './measurement-tokens.js';
import { wordAt, type MeasurePosition, type MeasurementField } from './measurement-words.js';

export type MeasurementProblemCode =
  | 'no_measurement'
  | 'unlabeled_value'
  | 'missing_value'
  | 'two_values'
  | 'unit_mismatch'
  | 'unknown_unit'
  | 'not_a_number'
  | 'not_positive'
  | 'position_conflict';

export interface MeasurementProblem {
  code: MeasurementProblemCode;
  /** The words of the message the problem is about, as normalized ("lk", "72 kg"). */
  token: string;
  /** `two_values`: the measure given more than once, and its different values in the order typed. */
  field?: MeasurementField;
  values?: number[];
}

export interface MeasurementText {
  weightKg?: number;
  lengthCm?: number;
  headCm?: number;
  armCm?: number;
  position?: MeasurePosition;
  problems: MeasurementProblem[];
}

// A weight typed without a unit above this is in grams ("BB 8500"): no child weighs 500 kg.
const GRAMS_FROM = 500;
// A bare number in this range, with no label and no unit, is a weight: the first thing weighed.
const BARE_WEIGHT = { min: 1, max: 40 };
// A word after a number that is letters glued to more digits ("kg500g", "e309").
const GLUED_DIGITS = /^[\p{L}°]+\d/u;

/**
 * Reads weight, length/height, head and arm circumference from one free-text message, such as
 * "BB 8,5 kg TB 72 cm", "bb: 8,5kg; pb: 70", "berat 8.5 tinggi 72,5", "LK 44", "LiLA 13,5",
 * "weight 8.5 height 72" or "beurat 8,5 jangkung 72".
 *
 * - Labels: BB/berat/beurat/weight; PB/panjang/length; TB/tinggi/jangkung/height; LK/lingkar
 *   kepala/head; LiLA/lingkar lengan/MUAC. A label applies to the next number.
 * - Units disambiguate numbers without a label: "8,5 kg 72 cm" is weight and length; "8500 gram"
 *   is 8.5 kg; a weight label with a bare number of 500 or more is grams.
 * - A bare number from 1 to 40 with no label and no unit is the weight; any other unlabeled number
 *   is reported as `unlabeled_value`, never guessed.
 * - Position: PB/panjang, "berbaring", "telentang" give 'L'; "berdiri" gives 'H'. TB/tinggi alone give
 *   no position, because people say "tinggi" for babies measured lying too; leave it to the age rule.
 *   A said position wins over the label's ("PB 80 berdiri" is 'H', with a `position_conflict`).
 * - A measure given twice with different numbers ("berat 8,5 … berat 8,7") is a `two_values` problem
 *   holding both, for the bot to ask which one; the same number twice is simply that number.
 * - Plausibility is not judged here; the growth rules do that.
 *
 * @example
 * parseMeasurementText('BB 8,5 kg PB 72 cm'); // { weightKg: 8.5, lengthCm: 72, position: 'L', problems: [] }
 * parseMeasurementText('tinggi 80 berdiri');  // { lengthCm: 80, position: 'H', problems: [] }
 * parseMeasurementText('8,5');                // { weightKg: 8.5, problems: [] }
 * parseMeasurementText('LK 44 72');           // { headCm: 44, problems: [{ code: 'unlabeled_value', token: '72' }] }
 * parseMeasurementText('BB 8,5 BB 8,7');       // { weightKg: 8.5, problems: [{ code: 'two_values', token: '8,7', field: 'weightKg', values: [8.5, 8.7] }] }
 */
export function parseMeasurementText(text: string): MeasurementText {
  const words = tidy(text).split(' ').filter((w) => w !== '');
  const result: MeasurementText = { problems: [] };
  const problem = (code: MeasurementProblemCode, token: string): void => void result.problems.push({ code, token });
  let pending: { field: MeasurementField; token: string } | undefined;
  let labelPosition: MeasurePosition | undefined;
  const saidPositions = new Map<MeasurePosition, string>();
  let found = false;

  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const known = wordAt(words, i);
    if (known) {
      const token = words.slice(i, i + known.span).join(' ');
      i += known.span - 1;
      if ('position' in known) {
        saidPositions.set(known.position, token);
        continue;
      }
      if (pending) problem('missing_value', pending.token);
      pending = { field: known.label.field, token };
      if (known.label.position) labelPosition = known.label.position;
      continue;
    }
    if (!NUMBER.test(word)) continue;
    const unit = words[i + 1];
    if (unit !== undefined && GLUED_DIGITS.test(unit)) {
      // "8kg500g", "1e309": reading the number before would drop the digits after the unit.
      found = true;
      pending = undefined;
      problem('not_a_number', `${word} ${unit}`);
      i += 1;
      continue;
    }
    const kind = unit === undefined ? 'none' : kindOf(word, unit);
    if (kind !== 'none') i += 1;
    let token = kind === 'none' ? word : `${word} ${unit}`;
    // "1 meter 20", "1 m 5 cm" and "8 kg 5 ons" are one amount; "1 meter 2" could be 102 or 120 cm, so its "2" is asked about.
    // Only a whole number takes a smaller part: "0,11 kilo 10 gram" is two amounts, never 0,12 kg.
    const rest = words[i + 1];
    if ((kind === 'length' || kind === 'mass') && /^\d+$/.test(word) && rest !== undefined && NUMBER.test(rest) && smallerPart(unit ?? '', rest, words[i + 2] ?? '')) {
      token = `${token} ${rest} ${words[i + 2]}`;
      i += 2;
    } else if (kind === 'length' && isMetres(unit ?? '') && rest !== undefined && NUMBER.test(rest)) {
      const restKind = kindOf(rest, words[i + 2] ?? '');
      if (restKind === 'none' && /^\d+$/.test(word) && /^\d{2}$/.test(rest)) {
        token = `${token} ${rest} cm`;
        i += 1;
      } else if (restKind === 'none') {
        problem('unlabeled_value', rest);
        i += 1;
      }
    }
    found = true;
    const field = pending?.field ?? unlabeledField(word, kind, result);
    pending = undefined;
    if (kind === 'other') {
      problem('unknown_unit', token);
      continue;
    }
    if (!field) {
      problem('unlabeled_value', token);
      continue;
    }
    if ((field === 'weightKg' && kind === 'length') || (field !== 'weightKg' && kind === 'mass')) {
      problem('unit_mismatch', token);
      continue;
    }
    const value = valueOf(field, kind === 'none' ? word : token);
    if (value === undefined) problem('not_a_number', token);
    else if (value <= 0) problem('not_positive', token);
    else if (result[field] === undefined) result[field] = value;
    else if (result[field] !== value) twoValues(result.problems, field, [result[field]!, value], token);
  }
  if (pending) problem('missing_value', pending.token);
  if (!found && result.problems.length === 0) problem('no_measurement', words.join(' '));
  const position = positionOf(labelPosition, saidPositions, problem);
  return position ? { ...result, position } : result;
}

/** A measure given again with another number: one problem per measure, holding every value typed for it. */
function twoValues(problems: MeasurementProblem[], field: MeasurementField, [first, again]: [number, number], token: string): void {
  const known = problems.find((p) => p.code === 'two_values' && p.field === field);
  if (!known) problems.push({ code: 'two_values', token, field, values: [first, again] });
  else if (!known.values!.includes(again)) known.values!.push(again);
}

/**
 * Whether "<number> <second>" is a smaller part of an amount in `first`: "5 ons" after "8 kg", "20 cm"
 * after "1 m"; "10 ons" after "1 kilo" is a whole kilo more, which nobody writes that way.
 */
function smallerPart(first: string, number: string, second: string): boolean {
  const a = unitWord(first);
  const b = unitWord(second);
  if (typeof a !== 'object' || typeof b !== 'object' || a.dimension !== b.dimension || b.factor >= a.factor) return false;
  const part = parseNumber(number);
  return part.ok && part.value * b.factor < a.factor;
}

function isMetres(unit: string): boolean {
  const one = parseNumber(`1 ${unit}`, { unit: 'cm' });
  return one.ok && one.value === 100;
}

function unlabeledField(number: string, kind: Kind, so: MeasurementText): MeasurementField | undefined {
  if (kind === 'mass') return 'weightKg';
  if (kind === 'length') return so.lengthCm === undefined ? 'lengthCm' : undefined;
  if (kind !== 'none' || so.weightKg !== undefined) return undefined;
  const bare = parseNumber(number, { unit: 'kg', ...BARE_WEIGHT });
  return bare.ok ? 'weightKg' : undefined;
}

// No scale or tape gives more digits than this; a longer number is a slip ("bb 1000100001255"), and
// rounding it would show digits the person never typed.
const MOST_DIGITS = 7;

function valueOf(field: MeasurementField, quantity: string): number | undefined {
  if (quantity.split(' ').some((part) => part.replace(/[^0-9]/g, '').length > MOST_DIGITS)) return undefined;
  const parsed = parseNumber(quantity, { unit: field === 'weightKg' ? 'kg' : 'cm' });
  if (!parsed.ok) return undefined;
  const unitless = NUMBER.test(quantity);
  // Rounded as parseNumber rounds: 7722,4 g is 7,7224 kg, not 7,7223999999999995.
  return field === 'weightKg' && unitless && parsed.value >= GRAMS_FROM ? Number((parsed.value / 1000).toPrecision(12)) : parsed.value;
}

/** The said position ("berdiri") wins over the label's (PB); two different said positions cancel out. */
function positionOf(
  fromLabel: MeasurePosition | undefined,
  said: ReadonlyMap<MeasurePosition, string>,
  problem: (code: MeasurementProblemCode, token: string) => void,
): MeasurePosition | undefined {
  if (said.size > 1) {
    problem('position_conflict', [...said.values()].join(' '));
    return undefined;
  }
  const [spoken] = said;
  if (spoken && fromLabel && spoken[0] !== fromLabel) problem('position_conflict', spoken[1]);
  return spoken?.[0] ?? fromLabel;
}
