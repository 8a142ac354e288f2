import { z } from 'zod';
import answersFile from '../../locales/vocabulary/answers.json' with { type: 'json' };
import measurementFile from '../../locales/vocabulary/measurement.json' with { type: 'json' };
import monthsFile from '../../locales/vocabulary/months.json' with { type: 'json' };
import numbersFile from '../../locales/vocabulary/numbers.json' with { type: 'json' };
import unitsFile from '../../locales/vocabulary/units.json' with { type: 'json' };
import { AppError } from './errors.js';
import { normalizeInput } from './numbers/normalize-input.js';

// The words the bot understands live in locales/vocabulary/*.json, beside the messages, so they are
// reviewed in one place; code keeps none. They are checked once, when this module loads at start-up.

/** A word as the readers compare it: already in normalizeInput's form, so a list cannot hold a word no reply can match. */
const word = z
  .string()
  .min(1)
  .refine((w) => normalizeInput(w) === w, { message: 'write it lowercase, without accents or double spaces' });
const words = z.array(word).min(1);

const answersSchema = z.object({
  yes: words,
  no: words,
  unsure: z.object({ phrases: words, negations: words, knowing: words }),
  questions: words,
  choiceFillers: words,
  afterYes: words,
  correctionLeads: words,
});

const measurementSchema = z.object({
  labels: z.object({ weight: words, length: words, height: words, head: words, arm: words }),
  positions: z.object({ lying: words, standing: words }),
  possessiveEndings: words,
  companions: words,
  decimalPoint: words,
  half: words,
});

const numbersSchema = z.object({
  values: z.record(word, z.number().int().nonnegative()),
  teens: words,
  tens: words,
  hundreds: words,
  thousands: words,
  joiners: words,
  counts: z.record(word, z.number().int().positive()),
});

const month = z.number().int().min(1).max(12);
const monthsSchema = z.object({
  names: z.array(words).length(12),
  abbreviations: z.record(word, month),
});

// The units a number answer converts (src/shared/numbers/units.ts gives their worth), `ons`, and the
// units the bot refuses to guess at.
const unitsSchema = z.object({
  kg: words, g: words, ons: words, cm: words, mm: words, m: words,
  year: words, month: words, week: words, day: words, person: words, times: words, celsius: words,
  foreign: words,
});

export type AnswerWords = z.infer<typeof answersSchema>;
export type MeasurementWords = z.infer<typeof measurementSchema>;
export type NumberWords = z.infer<typeof numbersSchema>;
export type MonthWords = z.infer<typeof monthsSchema>;
export type UnitWords = z.infer<typeof unitsSchema>;

/**
 * A vocabulary file checked against its schema; a word listed twice or for two meanings is named.
 *
 * @example
 * checkVocabulary('numbers.json', numbersSchema, { values: { satu: 1 } }); // throws: teens is required …
 */
export function checkVocabulary<T>(file: string, schema: z.ZodType<T>, raw: unknown, exclusive: (v: T) => ReadonlyArray<readonly string[]> = () => []): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('LOCALE_KEY_MISSING', `locales/vocabulary/${file} is not valid: ${problems}.`, { file });
  }
  const seen = new Map<string, number>();
  exclusive(parsed.data).forEach((list, group) => {
    for (const w of list) {
      const before = seen.get(w);
      if (before !== undefined && before !== group) throw new AppError('LOCALE_KEY_MISSING', `locales/vocabulary/${file}: "${w}" is listed with two meanings; keep it in one list.`, { file, word: w });
      seen.set(w, group);
    }
  });
  return parsed.data;
}

/** Yes, no, doubt, question words and the fillers around a chosen option. */
export const ANSWER_WORDS: AnswerWords = checkVocabulary('answers.json', answersSchema, answersFile, (v) => [v.yes, v.no]);

/** Measurement labels, position words, and the words that may stand beside a lone number. */
export const MEASUREMENT_WORDS: MeasurementWords = checkVocabulary('measurement.json', measurementSchema, measurementFile, (v) => [
  v.labels.weight,
  v.labels.length,
  v.labels.height,
  v.labels.head,
  v.labels.arm,
  v.positions.lying,
  v.positions.standing,
]);

/** Numbers said in words. */
export const NUMBER_WORDS: NumberWords = checkVocabulary('numbers.json', numbersSchema, numbersFile, (v) => [Object.keys(v.values), v.teens, v.tens, v.hundreds, v.thousands]);

/** Month names and their abbreviations; a name or abbreviation belongs to one month only. */
export const MONTH_WORDS: MonthWords = checkVocabulary('months.json', monthsSchema, monthsFile, (v) => [
  ...v.names.map((names, i) => [...names, ...Object.keys(v.abbreviations).filter((a) => v.abbreviations[a] === i + 1)]),
]);

/** Unit words, each for one unit: "m" is a metre, never a month. */
export const UNIT_WORDS: UnitWords = checkVocabulary('units.json', unitsSchema, unitsFile, (v) => Object.values(v));

export { answersSchema, measurementSchema, monthsSchema, numbersSchema, unitsSchema };
