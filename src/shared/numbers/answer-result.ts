/**
 * Why a typed answer could not be read. The engine re-asks with the locale text
 * `answer.error.<reason>`, so every code here needs a text in `locales/pending/answers.*.json`.
 *
 * @example
 * ANSWER_ERROR_REASONS.map((reason) => `answer.error.${reason}`); // the locale keys to provide
 */
export const ANSWER_ERROR_REASONS = [
  'empty',
  'not_a_number',
  'ambiguous_number',
  'not_a_whole_number',
  'out_of_range',
  'below_min',
  'above_max',
  'unknown_unit',
  'wrong_unit',
  'not_a_date',
  'no_such_date',
  'date_in_future',
  'date_too_late',
  'date_too_old',
  'not_a_time',
  'not_a_time_range',
  'no_such_choice',
  'ambiguous_choice',
  'not_yes_no',
  'not_a_phone',
  'not_a_mobile',
  'too_short',
  'too_long',
] as const;
export type AnswerErrorReason = (typeof ANSWER_ERROR_REASONS)[number];

/** Display-ready values for the re-ask text (`{min}`, `{max}`, `{unit}`, `{example}` …). */
export type AnswerParams = Record<string, string | number>;

/**
 * What every answer parser returns: the value, or a reason the engine can turn into a kind re-ask.
 *
 * @example
 * const result: AnswerResult<number> = parseNumber('8,5', { unit: 'kg' });
 * if (!result.ok) say(`answer.error.${result.reason}`, result.params);
 */
export type AnswerResult<T> =
  | { ok: true; value: T }
  | { ok: false; reason: AnswerErrorReason; params?: AnswerParams };

/**
 * @example
 * ok(8.5); // { ok: true, value: 8.5 }
 */
export function ok<T>(value: T): AnswerResult<T> {
  return { ok: true, value };
}

/**
 * @example
 * fail('out_of_range', { min: '1', max: '40' }); // { ok: false, reason: 'out_of_range', params: {…} }
 */
export function fail<T = never>(reason: AnswerErrorReason, params?: AnswerParams): AnswerResult<T> {
  return params ? { ok: false, reason, params } : { ok: false, reason };
}
