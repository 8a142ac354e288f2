import { fail, ok, type AnswerResult } from '../../shared/numbers/answer-result.js';
import { graphemeCount } from './grapheme-count.js';

export interface TextOptions {
  minLength?: number;
  maxLength?: number;
}

const INVISIBLE = /\p{Cf}/gu;

/**
 * A free-text answer, trimmed, with runs of whitespace (newlines too) made one space and invisible
 * characters removed; case and accents are kept. Lengths count what people see as characters, so
 * an emoji is one.
 *
 * @example
 * parseText('  Ani   Lestari \n', { minLength: 2 }); // { ok: true, value: 'Ani Lestari' }
 * parseText('A', { minLength: 2 });                  // { ok: false, reason: 'too_short', params: { min: 2 } }
 */
export function parseText(text: string, options: TextOptions = {}): AnswerResult<string> {
  const value = text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  if (value === '') return fail('empty');
  const length = graphemeCount(value);
  if (options.minLength !== undefined && length < options.minLength) return fail('too_short', { min: options.minLength });
  if (options.maxLength !== undefined && length > options.maxLength) return fail('too_long', { max: options.maxLength, length });
  return ok(value);
}
