import { MEASUREMENT_WORDS, NUMBER_WORDS } from '../../shared/vocabulary.js';

const VALUES: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS.values));
const TEENS = new Set(NUMBER_WORDS.teens);
const TENS = new Set(NUMBER_WORDS.tens);
const HUNDREDS = new Set(NUMBER_WORDS.hundreds);
const THOUSANDS = new Set(NUMBER_WORDS.thousands);
const JOINERS = new Set(NUMBER_WORDS.joiners);
const DECIMAL_POINT = new Set(MEASUREMENT_WORDS.decimalPoint);
const HALF = new Set(MEASUREMENT_WORDS.half);
const DIGITS = /^\d+$/;

/**
 * The words as typed, with numbers said in words written in digits ("delapan" → "8", "tujuh puluh
 * empat" → "74", "sembilan ribu dua ratus" → "9200") and a decimal said as a word joined to its
 * number ("delapan koma lima", "8 koma 5", "eight point five" → "8,5"; "tujuh setengah" → "7,5").
 * Two numbers side by side stay two ("dua tiga" → "2 3"): nothing is added up that the person did
 * not join.
 *
 * @example
 * spellDigits(['salapan', 'koma', 'dua']);           // ['9,2']
 * spellDigits(['bb', '8', 'koma', '5', 'kg']);        // ['bb', '8,5', 'kg']
 * spellDigits(['tb', 'tujuh', 'puluh', 'empat']);     // ['tb', '74']
 */
export function spellDigits(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const whole = numberAt(words, i);
    if (!whole) {
      out.push(words[i]!);
      i += 1;
      continue;
    }
    i += whole.span;
    const point = words[i];
    const fraction = point !== undefined && DECIMAL_POINT.has(point) ? fractionAt(words, i + 1) : undefined;
    if (fraction) {
      out.push(`${whole.text},${fraction.digits}`);
      i += 1 + fraction.span;
    } else if (point !== undefined && HALF.has(point) && DIGITS.test(whole.text)) {
      out.push(`${whole.text},5`);
      i += 1;
    } else out.push(whole.text);
  }
  return out;
}

/** A whole number at `index`: digits as typed, or a run of number words composed. */
function numberAt(words: readonly string[], index: number): { text: string; span: number } | undefined {
  const first = words[index];
  if (first === undefined) return undefined;
  if (DIGITS.test(first)) return { text: first, span: 1 };
  const spoken = spokenAt(words, index);
  return spoken ? { text: String(spoken.value), span: spoken.span } : undefined;
}

/** The digits after a decimal word: typed ("5", "25") or said, one digit word each ("nol lima" → "05") or a composed number. */
function fractionAt(words: readonly string[], index: number): { digits: string; span: number } | undefined {
  const first = words[index];
  if (first === undefined) return undefined;
  if (DIGITS.test(first)) return { digits: first, span: 1 };
  let digits = '';
  let span = 0;
  for (let at = index; at < words.length; at++) {
    const value = VALUES.get(words[at]!);
    if (value === undefined || value > 9) break;
    digits += String(value);
    span += 1;
  }
  if (span > 1) return { digits, span };
  const spoken = spokenAt(words, index);
  return spoken ? { digits: String(spoken.value), span: spoken.span } : undefined;
}

/** Composes number words: "dua ratus tujuh puluh empat" → 274, "seventy two" → 72, "rong puluh" → 20. */
function spokenAt(words: readonly string[], index: number): { value: number; span: number } | undefined {
  let thousands = 0;
  let group = 0;
  let last: number | undefined;
  let span = 0;
  let any = false;
  for (let at = index; at < words.length; at++) {
    const w = words[at]!;
    const value = VALUES.get(w);
    if (value !== undefined) {
      if (value >= 1000) {
        if (any) break;
        thousands += value;
      } else if (value >= 100) {
        if (last !== undefined) break;
        group += value;
      } else if (last === undefined) last = value;
      else if (last >= 20 && last % 10 === 0 && value < 10) last += value;
      else break;
    } else if (!any) break;
    else if (TEENS.has(w) && last !== undefined && last < 10) last += 10;
    else if (TENS.has(w) && last !== undefined && last < 10) last *= 10;
    else if (HUNDREDS.has(w) && last !== undefined && last < 10) {
      group += last * 100;
      last = undefined;
    } else if (THOUSANDS.has(w) && (last !== undefined || group > 0)) {
      thousands += (group + (last ?? 0)) * 1000;
      group = 0;
      last = undefined;
    } else if (JOINERS.has(w) && VALUES.has(words[at + 1] ?? '')) {
      // "one hundred and five": the joiner belongs to the number only when a number word follows.
    } else break;
    any = true;
    span = at - index + 1;
  }
  return any ? { value: thousands + group + (last ?? 0), span } : undefined;
}
