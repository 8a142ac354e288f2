import { normalizeInput } from '../../shared/numbers/index.js';
import { MEASUREMENT_WORDS } from '../../shared/vocabulary.js';
import { NUMBER, kindOf, tidy } from './measurement-tokens.js';
import { wordAt } from './measurement-words.js';

// Words that may stand beside a lone number without making it something else ("anak saya 9,2").
const COMPANIONS: ReadonlyArray<readonly string[]> = MEASUREMENT_WORDS.companions.map((c) => c.split(' ')).sort((a, b) => b.length - a.length);
// A decimal said in words counts as typed digits: "delapan koma lima" is a weight, "dua" is not.
const SAID_DECIMAL = new Set([...MEASUREMENT_WORDS.decimalPoint, ...MEASUREMENT_WORDS.half]);

/**
 * How surely a free message is a measurement: `labelled` when a number carries a measurement word
 * ("berat 9,2", "lk 45") or a unit of mass or length ("9200 gram", "74 cm"); `bare` when the message
 * is only numbers ("9,2", "9,2 74", "delapan koma lima"), maybe with words such as "anak saya" beside
 * them, a measurement only where nothing else could be meant.
 */
export type MeasurementIntent = 'labelled' | 'bare';

/**
 * Whether a message typed outside a measurement question reports a measurement, so the bot can take
 * it up instead of dropping it. A number with a date word or another unit ("12 maret", "3 hari") is
 * not one, nor is a measurement word without a number ("berat badannya turun").
 *
 * @example
 * measurementIntent('berat 9,2 panjang 74');  // 'labelled'
 * measurementIntent('anak saya 9200 gram');   // 'labelled'
 * measurementIntent('9,2');                   // 'bare'
 * measurementIntent('9,2 74');                // 'bare'
 * measurementIntent('anak saya 9,2');         // 'bare'
 * measurementIntent('jadwal tanggal 12 maret'); // undefined
 */
export function measurementIntent(text: string): MeasurementIntent | undefined {
  const words = tidy(text).split(' ').filter((w) => w !== '');
  if (isBare(words, text)) return 'bare';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const known = wordAt(words, i);
    if (known && 'label' in known) {
      const next = words[i + known.span];
      if (next !== undefined && NUMBER.test(next) && kindOf(next, words[i + known.span + 1] ?? '') !== 'other') return 'labelled';
      i += known.span - 1;
      continue;
    }
    const unit = words[i + 1];
    if (NUMBER.test(word) && unit !== undefined) {
      const kind = kindOf(word, unit);
      if (kind === 'mass' || kind === 'length') return 'labelled';
    }
  }
  return undefined;
}

/** Only numbers and companion words, with at least one number typed in digits or a decimal said in words. */
function isBare(words: readonly string[], text: string): boolean {
  let numbers = 0;
  for (let i = 0; i < words.length; ) {
    if (NUMBER.test(words[i]!)) {
      numbers += 1;
      i += 1;
      continue;
    }
    const companion = COMPANIONS.find((c) => c.every((w, k) => words[i + k] === w));
    if (!companion) return false;
    i += companion.length;
  }
  return numbers > 0 && (/\d/.test(text) || normalizeInput(text).split(/[^\p{L}]+/u).some((w) => SAID_DECIMAL.has(w)));
}

/**
 * The numbers of a message as the bot read them, for asking about them: words around them dropped,
 * numbers said in words written in digits.
 *
 * @example
 * numbersAsRead('anak saya 9,2');     // '9,2'
 * numbersAsRead('delapan koma lima'); // '8,5'
 */
export function numbersAsRead(text: string): string {
  return tidy(text)
    .split(' ')
    .filter((w) => NUMBER.test(w))
    .join(' ');
}
