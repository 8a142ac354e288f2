/** Which reading wins when "8.500" could be eight and a half or eight thousand five hundred. */
export type SeparatorPreference = 'decimal' | 'grouping';

const DIGITS_ONLY = /^\d+$/;
const GROUPED_TAIL = /^\d{3}$/;

/**
 * The possible values of a typed number literal, best reading first; empty when it is not a number
 * or too big for a double ("9" typed 400 times would be Infinity).
 *
 * Indonesians write a decimal comma and a thousands dot ("1.234,5"); phones and English speakers
 * write a decimal dot. So:
 * - both separators present: the last one is the decimal mark ("1.234,5", "1,234.5");
 * - the same separator twice or more: thousands groups ("1.234.567");
 * - one separator followed by exactly three digits ("8.500", "8,500") is ambiguous: both readings
 *   are returned, `prefer` first (callers prefer grouping for whole-number units like grams);
 * - any other single separator is the decimal mark ("8,5", "72.25", "0.500").
 *
 * @example
 * readDecimal('8,5', 'decimal');      // [8.5]
 * readDecimal('8.500', 'decimal');    // [8.5, 8500]
 * readDecimal('8.500', 'grouping');   // [8500, 8.5]
 * readDecimal('1.234,5', 'decimal');  // [1234.5]
 * readDecimal('1.2.3', 'decimal');    // []
 */
export function readDecimal(literal: string, prefer: SeparatorPreference): number[] {
  return readings(literal, prefer).filter(Number.isFinite);
}

function readings(literal: string, prefer: SeparatorPreference): number[] {
  if (DIGITS_ONLY.test(literal)) return [Number(literal)];
  const separators = [...literal.matchAll(/[.,]/g)].map((m) => m[0]);
  const last = separators.at(-1);
  if (last === undefined) return [];
  const mixed = separators.some((s) => s !== last);
  if (mixed) {
    const cut = literal.lastIndexOf(last);
    const whole = readGrouped(literal.slice(0, cut));
    const fraction = literal.slice(cut + 1);
    return whole !== undefined && DIGITS_ONLY.test(fraction) ? [Number(`${whole}.${fraction}`)] : [];
  }
  if (separators.length > 1) {
    const grouped = readGrouped(literal);
    return grouped === undefined ? [] : [grouped];
  }
  const [head = '', tail = ''] = literal.split(last);
  if (!DIGITS_ONLY.test(tail) || (head !== '' && !DIGITS_ONLY.test(head))) return [];
  const decimal = Number(`${head || '0'}.${tail}`);
  const looksGrouped = GROUPED_TAIL.test(tail) && /^[1-9]\d{0,2}$/.test(head);
  if (!looksGrouped) return [decimal];
  const grouped = Number(head + tail);
  return prefer === 'grouping' ? [grouped, decimal] : [decimal, grouped];
}

/** "1.234.567" → 1234567; undefined unless every group after the first has exactly three digits. */
function readGrouped(text: string): number | undefined {
  const groups = text.split(/[.,]/);
  const [first = '', ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || !rest.every((g) => GROUPED_TAIL.test(g))) return undefined;
  return Number(groups.join(''));
}
