import { describe, expect, it } from 'vitest';
import { formatNumberId } from '../../../src/domain/measurement/index.js';

describe('formatNumberId', () => {
  it.each<[number, number, string]>([
    [8.5, 1, '8,5'],
    [72, 1, '72,0'],
    [72.25, 2, '72,25'],
    [13.46, 1, '13,5'],
    [8500, 0, '8.500'],
    [1234.5, 1, '1.234,5'],
    [0.5, 1, '0,5'],
    [8, 0, '8'],
  ])('%d with %d decimals → %s', (n, decimals, expected) => {
    expect(formatNumberId(n, decimals)).toBe(expected);
  });
});
