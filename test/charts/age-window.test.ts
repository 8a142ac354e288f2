import { describe, expect, it } from 'vitest';
import { chooseAgeWindow, daysToMonths, DAYS_PER_MONTH } from '../../src/charts/age-window.js';

const m = (months: number): number => Math.round(months * DAYS_PER_MONTH);

describe('chooseAgeWindow', () => {
  it.each([
    { ages: [], window: [0, 24] },
    { ages: [m(0), m(2)], window: [0, 6] },
    { ages: [m(0), m(5.4)], window: [0, 6] },
    { ages: [m(0), m(5.7)], window: [0, 12] },
    { ages: [m(3), m(11)], window: [0, 12] },
    { ages: [m(0), m(18)], window: [0, 24] },
    { ages: [m(0), m(24)], window: [0, 60] },
    { ages: [m(10), m(40)], window: [0, 60] },
    { ages: [m(25), m(48)], window: [24, 60] },
    { ages: [m(48), m(30)], window: [24, 60] },
  ])('ages $ages → $window months', ({ ages, window }) => {
    expect(chooseAgeWindow(ages)).toEqual({ fromMonth: window[0], toMonth: window[1] });
  });
});

describe('daysToMonths', () => {
  it.each([
    [0, 0],
    [365.25, 12],
    [1826.25, 60],
  ])('%d days = %d months', (days, months) => {
    expect(daysToMonths(days)).toBeCloseTo(months, 9);
  });
});
