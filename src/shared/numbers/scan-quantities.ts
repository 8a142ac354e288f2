/** A number literal found in normalized text, with the word typed right after it (maybe a unit). */
export interface Quantity {
  literal: string;
  negative: boolean;
  /** The word right after the number, attached ("8,5kg") or after one space ("8,5 kg"). */
  word?: string;
  /** Where the literal starts and where the quantity (with its word) ends in the scanned text. */
  start: number;
  end: number;
}

// A number not glued to a letter before it: "kira2" and "anak2" are words (Indonesian plural
// shorthand), not the number 2. A leading separator is allowed: ",5" and ".5" mean a half.
const QUANTITY = /(?<![\p{L}\d.,])(-)?(\d+(?:[.,]\d+)*|[.,]\d+)(?:\s?(°?[\p{L}°]+))?/gu;

/**
 * Every number in a text normalized by `normalizeInput`, in order.
 *
 * @example
 * scanQuantities('bb 8,5kg tb 72 cm'); // [{ literal: '8,5', word: 'kg', … }, { literal: '72', word: 'cm', … }]
 * scanQuantities('kira2 8500 gram');   // [{ literal: '8500', word: 'gram', … }]
 */
export function scanQuantities(text: string): Quantity[] {
  return [...text.matchAll(QUANTITY)].map((match) => {
    const [whole, minus, literal = '', word] = match;
    const start = match.index + (minus ? 1 : 0);
    const negative = minus !== undefined && (match.index === 0 || /\s/.test(text[match.index - 1] ?? ''));
    return { literal, negative, ...(word ? { word } : {}), start, end: match.index + whole.length };
  });
}
