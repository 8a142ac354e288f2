import { describe, expect, it } from 'vitest';
import { whoReference, type ChartReference } from '../../src/charts/chart-reference.js';
import { computeBands, computeZCurves, Z_LEVELS } from '../../src/charts/growth-bands.js';
import { valueAtZ } from '../../src/domain/growth/reference.js';

const cases = [
  { indicator: 'wfa', sex: 1, window: { fromMonth: 0, toMonth: 24 } },
  { indicator: 'wfa', sex: 2, window: { fromMonth: 24, toMonth: 60 } },
  { indicator: 'lhfa', sex: 1, window: { fromMonth: 0, toMonth: 6 } },
  { indicator: 'lhfa', sex: 2, window: { fromMonth: 0, toMonth: 60 } },
] as const;

describe('computeZCurves', () => {
  it('starts the boys weight median at the WHO value for day 0 (3.3464 kg)', () => {
    const curves = computeZCurves(whoReference, 'wfa', 1, { fromMonth: 0, toMonth: 24 });
    expect(curves.find((c) => c.z === 0)?.points[0]).toEqual({ month: 0, value: 3.3464 });
  });

  it.each(cases)('$indicator sex $sex $window: curves strictly ordered −3 < … < +3 at every sample', (c) => {
    const curves = computeZCurves(whoReference, c.indicator, c.sex, c.window);
    expect(curves.map((curve) => curve.z)).toEqual([...Z_LEVELS]);
    const samples = curves[0]!.points.length;
    expect(samples).toBeGreaterThan(100);
    for (let i = 0; i < samples; i++) {
      const column = curves.map((curve) => curve.points[i]!.value);
      for (let k = 1; k < column.length; k++) expect(column[k]!).toBeGreaterThan(column[k - 1]!);
    }
    const months = curves[0]!.points.map((p) => p.month);
    expect(months[0]).toBeCloseTo(c.window.fromMonth, 1);
    expect(months[months.length - 1]).toBeCloseTo(c.window.toMonth, 1);
  });

  it('draws the length→height step of lhfa between day 730 and 731', () => {
    const median = computeZCurves(whoReference, 'lhfa', 1, { fromMonth: 0, toMonth: 60 }).find((c) => c.z === 0)!;
    const at = (day: number): number | undefined => median.points.find((p) => Math.round(p.month * 30.4375) === day)?.value;
    expect(at(730)! - at(731)!).toBeGreaterThan(0.5); // standing height is about 0.7 cm less than length
  });

  it('leaves out days the reference does not cover', () => {
    const partial: ChartReference = { lmsAt: (_t, _s, day) => (day <= 100 ? { L: 1, M: 10, S: 0.1 } : undefined), valueAtZ };
    const curves = computeZCurves(partial, 'wfa', 1, { fromMonth: 0, toMonth: 6 });
    expect(curves[0]!.points.every((p) => p.month * 30.4375 <= 100.5)).toBe(true);
    expect(curves[0]!.points.length).toBeGreaterThan(0);
  });
});

describe('computeBands', () => {
  it.each(cases)('$indicator sex $sex: seven bands bottom to top, each lower edge under its upper edge', (c) => {
    const curves = computeZCurves(whoReference, c.indicator, c.sex, c.window);
    const bands = computeBands(curves, 0, 200);
    expect(bands.map((b) => b.kind)).toEqual(['red', 'yellow', 'green-light', 'green', 'green-light', 'yellow', 'orange']);
    expect(bands.map((b) => [b.fromZ, b.toZ])).toEqual([[null, -3], [-3, -2], [-2, -1], [-1, 1], [1, 2], [2, 3], [3, null]]);
    for (const band of bands) {
      const n = band.polygon.length / 2;
      for (let i = 0; i < n; i++) {
        const lower = band.polygon[i]!;
        const upper = band.polygon[band.polygon.length - 1 - i]!;
        expect(upper.month).toBe(lower.month);
        expect(upper.value).toBeGreaterThan(lower.value);
      }
    }
    expect(bands[0]!.polygon[0]!.value).toBe(0);
    expect(bands[6]!.polygon[bands[6]!.polygon.length - 1]!.value).toBe(200);
  });
});
