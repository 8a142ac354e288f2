import { describe, expect, it } from 'vitest';
import { recurrenceSchema, ruleDateInMonth, type Recurrence } from '../../../src/domain/schedule/index.js';

describe('ruleDateInMonth', () => {
  const cases: Array<[string, Recurrence, number, number, string]> = [
    ['every 12th', { kind: 'day_of_month', day: 12 }, 2026, 3, '2026-03-12'],
    ['every 31st in February: last day', { kind: 'day_of_month', day: 31 }, 2026, 2, '2026-02-28'],
    ['every 31st in a leap February', { kind: 'day_of_month', day: 31 }, 2028, 2, '2028-02-29'],
    ['every 30th in February', { kind: 'day_of_month', day: 30 }, 2027, 2, '2027-02-28'],
    ['every 31st in April: 30th', { kind: 'day_of_month', day: 31 }, 2026, 4, '2026-04-30'],
    ['every 31st in May', { kind: 'day_of_month', day: 31 }, 2026, 5, '2026-05-31'],
    ['second Tuesday, month starting on Sunday', { kind: 'nth_weekday', n: 2, weekday: 2 }, 2026, 3, '2026-03-10'],
    ['first Monday, month starting on Monday', { kind: 'nth_weekday', n: 1, weekday: 1 }, 2026, 6, '2026-06-01'],
    ['fourth Saturday', { kind: 'nth_weekday', n: 4, weekday: 6 }, 2026, 1, '2026-01-24'],
    ['first Sunday, month starting Monday', { kind: 'nth_weekday', n: 1, weekday: 7 }, 2026, 6, '2026-06-07'],
    ['last Thursday, on the last day', { kind: 'last_weekday', weekday: 4 }, 2026, 4, '2026-04-30'],
    ['last Thursday of February', { kind: 'last_weekday', weekday: 4 }, 2026, 2, '2026-02-26'],
    ['last Thursday in a month with five', { kind: 'last_weekday', weekday: 4 }, 2026, 1, '2026-01-29'],
    ['last Friday of December', { kind: 'last_weekday', weekday: 5 }, 2027, 12, '2027-12-31'],
  ];
  it.each(cases)('%s', (_name, rule, year, month, expected) => {
    expect(ruleDateInMonth(rule, year, month)).toBe(expected);
  });
});

describe('recurrenceSchema', () => {
  it.each([
    [{ kind: 'day_of_month', day: 12 }, true],
    [{ kind: 'day_of_month', day: 0 }, false],
    [{ kind: 'day_of_month', day: 32 }, false],
    [{ kind: 'nth_weekday', n: 4, weekday: 4 }, true],
    // A 5th Thursday exists only in some months, so it is refused rather than silently skipped.
    [{ kind: 'nth_weekday', n: 5, weekday: 4 }, false],
    [{ kind: 'nth_weekday', n: 0, weekday: 4 }, false],
    [{ kind: 'nth_weekday', n: 2, weekday: 8 }, false],
    [{ kind: 'last_weekday', weekday: 4 }, true],
    [{ kind: 'weekly', weekday: 4 }, false],
  ])('%j valid: %s', (input, valid) => {
    expect(recurrenceSchema.safeParse(input).success).toBe(valid);
  });

  it('tells what to use instead of a 5th weekday', () => {
    const result = recurrenceSchema.safeParse({ kind: 'nth_weekday', n: 5, weekday: 4 });
    expect(result.error?.issues[0]?.message).toContain('last_weekday');
  });
});
