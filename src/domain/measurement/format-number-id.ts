const FORMATS = new Map<number, Intl.NumberFormat>();

/**
 * A number with a fixed count of decimals, written the Indonesian way (decimal comma, thousands
 * dot), as kader write measurements on the KMS.
 *
 * @example
 * formatNumberId(8.5, 1);   // '8,5'
 * formatNumberId(72, 1);    // '72,0'
 * formatNumberId(8500, 0);  // '8.500'
 * formatNumberId(13.46, 1); // '13,5'
 */
export function formatNumberId(n: number, decimals: number): string {
  let format = FORMATS.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    FORMATS.set(decimals, format);
  }
  return format.format(n);
}
