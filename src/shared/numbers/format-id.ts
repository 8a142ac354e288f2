const FORMATS = new Map<number, Intl.NumberFormat>();

/**
 * A number as Indonesians write it (decimal comma, thousands dot), for re-ask params such as
 * `{min}` and `{example}`: the parsers read this form back, whatever the contact's language.
 *
 * @example
 * formatDisplayNumber(8.5);  // '8,5'
 * formatDisplayNumber(8500); // '8.500'
 */
export function formatDisplayNumber(value: number, maxDecimals = 2): string {
  let format = FORMATS.get(maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat('id-ID', { maximumFractionDigits: maxDecimals });
    FORMATS.set(maxDecimals, format);
  }
  return format.format(value);
}
