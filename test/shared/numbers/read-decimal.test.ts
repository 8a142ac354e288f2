import { describe, expect, it } from 'vitest';
import { readDecimal, type SeparatorPreference } from '../../../src/shared/numbers/read-decimal.js';

describe('readDecimal', () => {
  it.each<[string, SeparatorPreference, number[]]>([
    ['8', 'decimal', [8]],
    ['8,5', 'decimal', [8.5]],
    ['8.5', 'decimal', [8.5]],
    ['8,5', 'grouping', [8.5]],
    ['72,25', 'decimal', [72.25]],
    ['0,5', 'decimal', [0.5]],
    [',5', 'decimal', [0.5]],
    ['.5', 'decimal', [0.5]],
    ['0.500', 'grouping', [0.5]],
    ['8.500', 'decimal', [8.5, 8500]],
    ['8.500', 'grouping', [8500, 8.5]],
    ['8,500', 'grouping', [8500, 8.5]],
    ['12.345', 'decimal', [12.345, 12345]],
    ['1234.567', 'grouping', [1234.567]],
    ['1.234.567', 'decimal', [1234567]],
    ['1.234,5', 'decimal', [1234.5]],
    ['1,234.5', 'decimal', [1234.5]],
    ['1.2.3', 'decimal', []],
    ['1.23.456', 'decimal', []],
    ['12.34,5', 'decimal', []],
  ])('%j preferring %s → %j', (literal, prefer, expected) => {
    expect(readDecimal(literal, prefer)).toEqual(expected);
  });
});
