// The one use of the engine from the domain: the answer parsers are the project's only reader of
// typed numbers, and two readers would disagree on "8.500". Move `normalizeInput` and `parseNumber`
// to `src/shared` if the architecture check forbids this import.
import { normalizeInput, parseNumber } from '../../shared/numbers/index.js';
import { GLUED_LABEL } from './measurement-words.js';
import { spellDigits } from './spoken-numbers.js';

/** What follows a number: a unit of mass, of length, some other unit, or an ordinary word. */
export type Kind = 'mass' | 'length' | 'none' | 'other';

/** A number as typed, with a decimal comma or dot and maybe thousands separators. */
export const NUMBER = /^(?:\d+(?:[.,]\d+)*|[.,]\d+)$/;

/**
 * Normalized, with separators as spaces, glued labels split off ("bb:8,5kg;" → "bb 8,5 kg") and
 * numbers said in words written in digits ("delapan koma lima" → "8,5").
 *
 * @example
 * tidy('BB:8,5kg; PB 72cm.');  // 'bb 8,5 kg pb 72 cm'
 * tidy('berat delapan koma lima'); // 'berat 8,5'
 */
export function tidy(text: string): string {
  const words = normalizeInput(text)
    .replace(/[:=;/|()+*]/g, ' ')
    .replace(/(?<!\d)[.,]|[.,](?!\d)/g, ' ')
    .replace(/-/g, ' ')
    .replace(GLUED_LABEL, '$1 ')
    .replace(/(\d)(?=[\p{L}°])/gu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  return spellDigits(words).join(' ');
}

/**
 * Whether the word after a number is a unit of mass, of length, another unit, or no unit at all.
 *
 * @example
 * kindOf('8500', 'gram'); // 'mass'
 * kindOf('72', 'senti');  // 'length'
 * kindOf('8,5', 'bu');    // 'none'
 */
export function kindOf(number: string, word: string): Kind {
  const asMass = parseNumber(`${number} ${word}`, { unit: 'kg' });
  const asLength = parseNumber(`${number} ${word}`, { unit: 'cm' });
  if (asMass.ok && asLength.ok) return 'none';
  if (asMass.ok) return 'mass';
  if (asLength.ok) return 'length';
  return !asMass.ok && (asMass.reason === 'wrong_unit' || asMass.reason === 'unknown_unit') ? 'other' : 'none';
}
