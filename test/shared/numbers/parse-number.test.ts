import { describe, expect, it } from 'vitest';
import { parseNumber, type NumberOptions } from '../../../src/engine/answers/index.js';
import { isAppError } from '../../../src/shared/errors.js';
import type { NumberUnit } from '../../../src/shared/numbers/units.js';

describe('parseNumber reads', () => {
  it.each<[string, NumberOptions, number]>([
    ['8,5', { unit: 'kg' }, 8.5],
    ['8.5', { unit: 'kg' }, 8.5],
    [' 8,5 kg', { unit: 'kg' }, 8.5],
    ['8,5kg', { unit: 'kg' }, 8.5],
    ['8,5 KG', { unit: 'kg' }, 8.5],
    ['8,5 kilo', { unit: 'kg' }, 8.5],
    ['8,5 kilogram', { unit: 'kg' }, 8.5],
    ['8500 gram', { unit: 'kg' }, 8.5],
    ['8500 g', { unit: 'kg' }, 8.5],
    ['8500gr', { unit: 'kg' }, 8.5],
    // A thousands dot before grams: grams are whole, so 8.500 gr is 8500 g.
    ['8.500 gr', { unit: 'kg' }, 8.5],
    ['8.500 gram', { unit: 'kg' }, 8.5],
    // Without a unit, 8.500 asked in kg is eight and a half, as a scale with three decimals shows it.
    ['8.500', { unit: 'kg' }, 8.5],
    ['8.500 kg', { unit: 'kg' }, 8.5],
    ['8,500 kg', { unit: 'kg' }, 8.5],
    // The same literal asked in grams is eight thousand five hundred.
    ['8.500', { unit: 'g' }, 8500],
    ['3.250', { unit: 'g', min: 500, max: 6000 }, 3250],
    ['3,25 kg', { unit: 'g' }, 3250],
    // When only the other reading fits the bounds, it wins.
    ['1.500', { unit: 'kg', min: 100, max: 5000 }, 1500],
    ['8 kg 5 ons', { unit: 'kg' }, 8.5],
    ['8 kilo 500 gram', { unit: 'kg' }, 8.5],
    ['72 cm', { unit: 'cm' }, 72],
    ['72,5 cm', { unit: 'cm' }, 72.5],
    ['72.5', { unit: 'cm' }, 72.5],
    ['720 mm', { unit: 'cm' }, 72],
    ['1,2 m', { unit: 'cm' }, 120],
    ['1.2 meter', { unit: 'cm' }, 120],
    ['72 senti', { unit: 'cm' }, 72],
    ['72 sentimeter', { unit: 'cm' }, 72],
    ['72 centimeter', { unit: 'cm' }, 72],
    ['13,5 cm', { unit: 'mm' }, 135],
    ['2 tahun', { unit: 'month' }, 24],
    ['1 tahun 6 bulan', { unit: 'month' }, 18],
    ['1 th 6 bln', { unit: 'month' }, 18],
    ['1,5 thn', { unit: 'month' }, 18],
    ['18 bulan', { unit: 'year' }, 1.5],
    ['3 taun', { unit: 'year' }, 3],
    ['2 minggu', { unit: 'day' }, 14],
    ['3 orang', { unit: 'person', integer: true }, 3],
    ['1.500 orang', { unit: 'person' }, 1500],
    ['3 jalma', { unit: 'person' }, 3],
    ['2x', { unit: 'times' }, 2],
    ['36,5°C', { unit: 'celsius' }, 36.5],
    ['38 derajat', { unit: 'celsius' }, 38],
    ['kira2 8,5 kg', { unit: 'kg' }, 8.5],
    ['beratnya 8,5 kg bu', { unit: 'kg' }, 8.5],
    ['8,5 aja', { unit: 'kg' }, 8.5],
    ['8,5.', { unit: 'kg' }, 8.5],
    ['８,５', { unit: 'kg' }, 8.5],
    ['12', {}, 12],
    ['12 kg', {}, 12],
    ['-3', {}, -3],
    ['1.234.567', {}, 1234567],
    ['1.234,5', {}, 1234.5],
    ['5', { min: 1, max: 5, integer: true }, 5],
    ['0,1', { unit: 'kg' }, 0.1],
  ])('%j %j → %d', (text, options, expected) => {
    expect(parseNumber(text, options)).toEqual({ ok: true, value: expected });
  });
});

describe('parseNumber refuses', () => {
  it.each<[string, NumberOptions, string, Record<string, string | number>?]>([
    ['', { unit: 'kg' }, 'empty'],
    ['   ', { unit: 'kg' }, 'empty'],
    ['abc', { unit: 'kg' }, 'not_a_number', { example: '8,5 kg', unit: 'kg' }],
    ['delapan', { unit: 'kg' }, 'not_a_number'],
    ['kira2', { unit: 'kg' }, 'not_a_number'],
    ['1.2.3', { unit: 'kg' }, 'not_a_number'],
    ['8,5 atau 9', { unit: 'kg' }, 'ambiguous_number'],
    ['8,5 - 9', { unit: 'kg' }, 'ambiguous_number'],
    ['72 cm', { unit: 'kg' }, 'wrong_unit', { example: '8,5 kg', unit: 'kg' }],
    ['8,5 kg', { unit: 'cm' }, 'wrong_unit'],
    ['2 minggu', { unit: 'month' }, 'wrong_unit'],
    ['8 lbs', { unit: 'kg' }, 'unknown_unit', { example: '8,5 kg', unit: 'kg', word: 'lbs' }],
    ['28 inch', { unit: 'cm' }, 'unknown_unit'],
    ['3,5', { integer: true }, 'not_a_whole_number'],
    ['1,5 orang', { unit: 'person', integer: true }, 'not_a_whole_number'],
    ['3', { unit: 'kg', min: 10, max: 30 }, 'out_of_range', { example: '20 kg', unit: 'kg', min: '10 kg', max: '30 kg' }],
    ['3', { unit: 'kg', min: 10, max: 31 }, 'out_of_range', { example: '20,5 kg', unit: 'kg', min: '10 kg', max: '31 kg' }],
    ['50', { unit: 'kg', min: 1, max: 40 }, 'out_of_range', { example: '8,5 kg', unit: 'kg', min: '1 kg', max: '40 kg' }],
    ['0,5', { unit: 'kg', min: 1, max: 40 }, 'out_of_range'],
    ['85', { unit: 'kg', min: 1, max: 40 }, 'out_of_range'],
    ['-3', { min: 0 }, 'below_min', { example: '10', unit: '', min: '0' }],
    ['300', { unit: 'cm', max: 250 }, 'above_max', { example: '72,5 cm', unit: 'cm', max: '250 cm' }],
    ['7', { unit: 'month', min: 24, max: 59 }, 'out_of_range', { example: '42', unit: 'month', min: '24', max: '59' }],
    ['100', { unit: 'person', min: 1, max: 10 }, 'out_of_range', { example: '3', unit: 'person', min: '1', max: '10' }],
  ])('%j %j → %s', (text, options, reason, params) => {
    const result = parseNumber(text, options);
    expect(result).toMatchObject({ ok: false, reason });
    if (params) expect(result).toEqual({ ok: false, reason, params });
  });

  it('throws a FLOW_INVALID error for a unit no flow may ask for', () => {
    let caught: unknown;
    try {
      parseNumber('8', { unit: 'stone' as NumberUnit });
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught, 'FLOW_INVALID')).toBe(true);
  });
});
