import { describe, expect, it } from 'vitest';
import { hazFallingWarning, type HazPoint } from '../../../src/domain/growth/haz-trend.js';

const p = (date: string, haz: number): HazPoint => ({ date, haz });

describe('hazFallingWarning', () => {
  it('warns when HAZ fell ≥ 0.5 SD over ≥ 60 days and now lies in [−2, −1)', () => {
    expect(hazFallingWarning([p('2025-01-05', -0.9), p('2025-04-05', -1.5)])).toEqual({
      code: 'haz_falling', fromHaz: -0.9, toHaz: -1.5, drop: 0.6, days: 90,
    });
  });

  it.each([
    ['drop below 0.5 SD', [p('2025-01-05', -1.0), p('2025-04-05', -1.49)]],
    ['latest still ≥ −1', [p('2025-01-05', 0.5), p('2025-04-05', -0.99)]],
    ['already stunted (category covers it)', [p('2025-01-05', -1.2), p('2025-04-05', -2.01)]],
    ['points closer than 60 days', [p('2025-03-01', -0.5), p('2025-04-05', -1.5)]],
    ['reference older than the 183-day window', [p('2024-09-01', -0.5), p('2025-04-05', -1.5)]],
    ['a single point', [p('2025-04-05', -1.5)]],
    ['no points', []],
  ] as [string, HazPoint[]][])('no warning: %s', (_, points) => {
    expect(hazFallingWarning(points)).toBeUndefined();
  });

  it('compares with the highest earlier point, in date order whatever the input order', () => {
    const points = [p('2025-04-05', -1.9), p('2024-12-01', -1.0), p('2025-02-01', -1.2)];
    expect(hazFallingWarning(points)).toMatchObject({ fromHaz: -1.0, toHaz: -1.9, drop: 0.9, days: 125 });
  });

  it('accepts exactly −2 as the latest value', () => {
    expect(hazFallingWarning([p('2025-01-05', -1.5), p('2025-04-05', -2)])?.drop).toBe(0.5);
  });
});
