import { describe, expect, it } from 'vitest';
import { dueDateFromLmp, dueDateProblem, gestationOn, lapseDate, lmpProblem } from '../../../src/domain/pregnancy/index.js';

describe('dueDateFromLmp (Naegele: day + 7, month − 3, year + 1)', () => {
  it.each([
    ['2026-05-10', '2027-02-17'],
    ['2026-02-25', '2026-12-04'], // 25 Feb + 7 days is 4 March, then − 3 months + 1 year
    ['2026-03-28', '2027-01-04'],
    ['2026-01-01', '2026-10-08'],
    ['2025-12-31', '2026-10-07'],
  ])('HPHT %s → HPL %s', (lmp, due) => {
    expect(dueDateFromLmp(lmp)).toBe(due);
  });
});

describe('gestationOn', () => {
  it('counts completed weeks back from the due date', () => {
    expect(gestationOn('2026-12-02', '2026-06-01')).toEqual({ weeks: 13, days: 5, totalDays: 96 });
    expect(gestationOn('2026-12-02', '2026-12-02')).toEqual({ weeks: 40, days: 0, totalDays: 280 });
  });
});

describe('lapse and impossible dates', () => {
  it('a pregnancy lapses six weeks after its due date', () => {
    expect(lapseDate('2026-12-02')).toBe('2027-01-13');
    expect(dueDateProblem('2026-12-02', '2027-01-12')).toBeUndefined();
    expect(dueDateProblem('2026-12-02', '2027-01-13')).toBe('past_lapse');
  });

  it('a due date more than 40 weeks ahead cannot be', () => {
    expect(dueDateProblem('2027-03-08', '2026-06-01')).toBeUndefined();
    expect(dueDateProblem('2027-03-09', '2026-06-01')).toBe('too_far');
  });

  it('an HPHT in the future or so old the pregnancy would have lapsed', () => {
    expect(lmpProblem('2026-06-02', '2026-06-01')).toBe('in_future');
    expect(lmpProblem('2026-06-01', '2026-06-01')).toBeUndefined();
    expect(lmpProblem('2025-06-01', '2026-06-01')).toBe('too_long_ago');
  });
});
