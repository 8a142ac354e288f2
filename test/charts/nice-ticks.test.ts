import { describe, expect, it } from 'vitest';
import { monthTicks, niceStep, ticksBetween } from '../../src/charts/nice-ticks.js';

describe('niceStep', () => {
  it.each([
    [9, 16, 1],
    [20, 16, 2],
    [30, 16, 2],
    [60, 16, 5],
    [100, 16, 10],
    [7, 16, 0.5],
  ])('span %d in ≤ %d intervals → %d', (span, max, step) => {
    expect(niceStep(span, max)).toBe(step);
  });
});

describe('ticksBetween', () => {
  it.each([
    [0, 6, 2, [0, 2, 4, 6]],
    [1, 6, 2, [2, 4, 6]],
    [45, 60, 5, [45, 50, 55, 60]],
    [0.1, 1.6, 0.5, [0.5, 1, 1.5]],
  ])('%d..%d by %d', (from, to, step, ticks) => {
    expect(ticksBetween(from, to, step)).toEqual(ticks);
  });
});

describe('monthTicks', () => {
  it('labels every month on a 0–6 window and has no minor ticks', () => {
    expect(monthTicks(0, 6)).toEqual({ major: [0, 1, 2, 3, 4, 5, 6], minor: [] });
  });
  it('labels every second month up to 24 with the odd months as minor grid', () => {
    const ticks = monthTicks(0, 24);
    expect(ticks.major).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24]);
    expect(ticks.minor).toEqual([1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23]);
  });
  it('labels every 6 months on 24–60 with grid every 3', () => {
    expect(monthTicks(24, 60)).toEqual({ major: [24, 30, 36, 42, 48, 54, 60], minor: [27, 33, 39, 45, 51, 57] });
  });
});
