/**
 * Reading numbers as Indonesians type them ("8,5", "8.500 gr", "1 tahun 6 bulan"): shared by the
 * engine's answer parsers and the domain's measurement parser, so both read "8.500" the same way.
 */
export * from './answer-result.js';
export { normalizeInput } from './normalize-input.js';
export { parseNumber, type NumberOptions } from './parse-number.js';
export { formatDisplayNumber } from './format-id.js';
export { NUMBER_UNITS, isNumberUnit, type NumberUnit } from './units.js';
