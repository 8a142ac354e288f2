import type { Sex } from './chart-reference.js';
import type { BandKind } from './growth-bands.js';

/**
 * KMS band fills as in Buku KIA: green around the median (darker within ±1 SD), yellow between 2
 * and 3 SD, red below −3 SD (below the red line, BGM), orange above +3 SD.
 *
 * @example
 * BAND_COLOURS.red; // '#f07470'
 */
export const BAND_COLOURS: Readonly<Record<BandKind, string>> = {
  red: '#f07470',
  yellow: '#fff176',
  'green-light': '#a5d6a7',
  green: '#66bb6a',
  orange: '#ffc56b',
};

/** Line colour of each labelled z-curve; −3 is the KMS's red line. */
export const Z_LINE_COLOURS: Readonly<Record<number, string>> = {
  [-3]: '#b71c1c',
  [-2]: '#33691e',
  0: '#1b5e20',
  2: '#33691e',
  3: '#e65100',
};

/** Buku KIA's blue card for boys and pink card for girls; `line` draws the child's own curve. */
export interface SexTheme {
  header: string;
  headerText: string;
  page: string;
  line: string;
}

/**
 * The card colours for `sex` (1 boy, 2 girl).
 *
 * @example
 * themeFor(2).header; // '#c2185b'
 */
export function themeFor(sex: Sex): SexTheme {
  return sex === 1
    ? { header: '#1565c0', headerText: '#ffffff', page: '#e8f1fb', line: '#0d2b6b' }
    : { header: '#c2185b', headerText: '#ffffff', page: '#fdeaf2', line: '#5c0a32' };
}
