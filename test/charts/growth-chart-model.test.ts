import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH } from '../../src/charts/age-window.js';
import { CHART_LAYOUT, plotScale } from '../../src/charts/chart-layout.js';
import type { ChartReference } from '../../src/charts/chart-reference.js';
import { buildGrowthChartModel, type ChildMeasurement, type GrowthChartModel } from '../../src/charts/growth-chart-model.js';
import { valueAtZ } from '../../src/domain/growth/reference.js';
import { LANGS } from '../../src/shared/lang.js';
import { chartMessages } from './chart-texts.js';

const at = (month: number, weightKg?: number, lengthCm?: number): ChildMeasurement => ({
  ageDays: Math.round(month * DAYS_PER_MONTH),
  ...(weightKg === undefined ? {} : { weightKg }),
  ...(lengthCm === undefined ? {} : { lengthCm }),
});

/** Median 4 + month/2 kg with S 0.1 and L 1: every curve is a straight line, easy to check. */
const linear: ChartReference = { lmsAt: (_t, _s, day) => ({ L: 1, M: 4 + day / DAYS_PER_MONTH / 2, S: 0.1 }), valueAtZ };

describe('buildGrowthChartModel', () => {
  const points = [at(4, 6.5, 63), at(0, 3.3, 49.9), at(2, 5.6), at(8, undefined, 70.6)];

  it('keeps the points with this indicator, oldest first, in months and kg', () => {
    const model = buildGrowthChartModel({ indicator: 'wfa', sex: 1, lang: 'id', points }, linear);
    expect(model.points).toEqual([
      { month: 0, value: 3.3 },
      { month: Math.round(2 * DAYS_PER_MONTH) / DAYS_PER_MONTH, value: 5.6 },
      { month: Math.round(4 * DAYS_PER_MONTH) / DAYS_PER_MONTH, value: 6.5 },
    ]);
    expect(model.window).toEqual({ fromMonth: 0, toMonth: 6 });
  });

  it('zooms by the ages that have the value: length goes to 8 months, so 0–12', () => {
    const model = buildGrowthChartModel({ indicator: 'lhfa', sex: 1, lang: 'id', points }, linear);
    expect(model.window).toEqual({ fromMonth: 0, toMonth: 12 });
    expect(model.points.map((p) => p.value)).toEqual([49.9, 63, 70.6]);
  });

  it('hides points outside a window the caller chose, and counts them', () => {
    const model = buildGrowthChartModel(
      { indicator: 'wfa', sex: 2, lang: 'en', points: [at(10, 8), at(30, 11), at(50, 14)], window: { fromMonth: 24, toMonth: 60 } },
      linear,
    );
    expect(model.points.map((p) => p.value)).toEqual([11, 14]);
    expect(model.hiddenPoints).toBe(1);
  });

  it('ignores missing, zero and non-finite measurements', () => {
    const model = buildGrowthChartModel(
      { indicator: 'wfa', sex: 1, lang: 'id', points: [{ ageDays: 10, weightKg: 0 }, { ageDays: Number.NaN, weightKg: 4 }, { ageDays: 20 }] },
      linear,
    );
    expect(model.points).toEqual([]);
    expect(model.latest).toBeUndefined();
  });

  it('fits the value range around ±3 SD and every point, on whole ticks', () => {
    const model = buildGrowthChartModel({ indicator: 'wfa', sex: 1, lang: 'id', points: [at(1, 2), at(5, 12)] }, linear);
    // −3 SD at 0 months is 4·0.7 = 2.8; +3 SD at 6 months is 7·1.3 = 9.1; the points reach 2 and 12.
    expect(model.valueRange.min).toBeLessThan(2);
    expect(model.valueRange.max).toBeGreaterThan(12);
    expect(model.yTicks.major[0]).toBe(model.valueRange.min);
    expect(model.yTicks.major[model.yTicks.major.length - 1]).toBe(model.valueRange.max);
  });

  it('places the child and the curves where the scale puts them on the picture', () => {
    const model = buildGrowthChartModel({ indicator: 'wfa', sex: 1, lang: 'id', points: [at(0, 4), at(3, 5.5)] }, linear);
    const { plot } = CHART_LAYOUT;
    const scale = plotScale(model, plot);
    expect(scale.x(0)).toBe(plot.x);
    expect(scale.x(6)).toBe(plot.x + plot.width);
    expect(scale.y(model.valueRange.min)).toBe(plot.y + plot.height);
    expect(scale.y(model.valueRange.max)).toBe(plot.y);
    const point = model.points[1]!;
    expect(scale.x(point.month)).toBeCloseTo(plot.x + (91 / DAYS_PER_MONTH / 6) * plot.width, 6);
    const { min, max } = model.valueRange;
    expect(scale.y(point.value)).toBeCloseTo(plot.y + plot.height - ((5.5 - min) / (max - min)) * plot.height, 6);
    // On the linear reference the median at ~3 months is ~5.5 kg: the point sits on the median line.
    const median = model.zLines.find((l) => l.z === 0)!;
    const nearest = median.points.reduce((a, b) => (Math.abs(b.month - point.month) < Math.abs(a.month - point.month) ? b : a));
    expect(nearest.value).toBeCloseTo(4 + nearest.month / 2, 9);
    expect(Math.abs(scale.y(nearest.value) - scale.y(point.value))).toBeLessThan(3);
  });

  it('labels the z-lines −3, −2, 0, +2, +3 only', () => {
    const model = buildGrowthChartModel({ indicator: 'lhfa', sex: 2, lang: 'su', points: [] });
    expect(model.zLines.map((l) => l.z)).toEqual([-3, -2, 0, 2, 3]);
  });

  it.each([
    ['id', '10,9'],
    ['su', '10,9'],
    ['en', '10.9'],
  ] as const)('formats the latest value for %s as %s', (lang, value) => {
    const model = buildGrowthChartModel({ indicator: 'wfa', sex: 1, lang, points: [at(1, 4.5), at(18, 10.94)] });
    expect(model.latest?.label).toEqual({ key: 'chart.point.weight_kg', params: { value } });
  });

  it('has every key it uses in all three locale files', () => {
    const models: GrowthChartModel[] = (['wfa', 'lhfa'] as const).flatMap((indicator) =>
      ([1, 2] as const).map((sex) => buildGrowthChartModel({ indicator, sex, lang: 'id', points: [at(1, 4, 53)] })),
    );
    const keys = new Set(
      models.flatMap((m) => [...Object.values(m.texts).flatMap((t) => ('key' in t ? [t.key] : t.map((l) => l.text.key))), m.latest!.label.key]),
    );
    const idKeys = Object.keys(chartMessages('id')).sort();
    for (const lang of LANGS) {
      const messages = chartMessages(lang);
      expect(Object.keys(messages).sort()).toEqual(idKeys);
      for (const key of keys) expect(messages[key], `${lang} ${key}`).toBeTruthy();
    }
  });
});
