import type { Lang } from '../shared/lang.js';
import { chooseAgeWindow, daysToMonths, LAST_MONTH, type AgeWindow } from './age-window.js';
import { whoReference, type ChartIndicator, type ChartReference, type Sex } from './chart-reference.js';
import { computeBands, computeZCurves, Z_LINES, type Band, type BandKind, type ChartPoint, type ZCurve } from './growth-bands.js';
import { monthTicks, niceStep, ticksBetween, type Ticks } from './nice-ticks.js';

/** One visit's measurements; either value may be missing. */
export interface ChildMeasurement {
  ageDays: number;
  weightKg?: number;
  lengthCm?: number;
}

export interface GrowthChartInput {
  indicator: ChartIndicator;
  sex: Sex;
  lang: Lang;
  points: readonly ChildMeasurement[];
  /** Defaults to `chooseAgeWindow` over the ages that have this indicator's value. */
  window?: AgeWindow;
}

/** A locale key and its parameters; the caller translates. */
export interface ChartText {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

export interface LegendItem {
  kind: BandKind | 'child';
  text: ChartText;
}

/** Everything a renderer draws, in data units (months, kg or cm); no pixels, no sentences. */
export interface GrowthChartModel {
  indicator: ChartIndicator;
  sex: Sex;
  lang: Lang;
  window: AgeWindow;
  valueRange: { min: number; max: number };
  xTicks: Ticks;
  yTicks: Ticks;
  bands: Band[];
  /** The labelled lines −3, −2, 0, +2, +3 (see `Z_LINES`). */
  zLines: ZCurve[];
  /** The child's measurements inside the window, oldest first. */
  points: ChartPoint[];
  /** Measurements left out because they fall outside the window. */
  hiddenPoints: number;
  latest?: { point: ChartPoint; label: ChartText };
  texts: { title: ChartText; subtitle: ChartText; xAxis: ChartText; yAxis: ChartText; footer: ChartText; legend: LegendItem[] };
}

const INDICATOR_KEYS: Record<ChartIndicator, { title: string; axis: string; point: string }> = {
  wfa: { title: 'chart.title.weight_for_age', axis: 'chart.axis.weight_kg', point: 'chart.point.weight_kg' },
  lhfa: { title: 'chart.title.length_for_age', axis: 'chart.axis.length_cm', point: 'chart.point.length_cm' },
};

const LOCALE_FOR_NUMBERS: Record<Lang, string> = { id: 'id-ID', en: 'en-GB', su: 'id-ID' };

function valueOf(indicator: ChartIndicator, m: ChildMeasurement): number | undefined {
  const value = indicator === 'wfa' ? m.weightKg : m.lengthCm;
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : undefined;
}

function childPoints(input: GrowthChartInput): { ageDays: number; value: number }[] {
  return input.points
    .flatMap((m) => {
      const value = valueOf(input.indicator, m);
      return value === undefined || !Number.isFinite(m.ageDays) || m.ageDays < 0 ? [] : [{ ageDays: m.ageDays, value }];
    })
    .sort((a, b) => a.ageDays - b.ageDays);
}

function valueRange(curves: readonly ZCurve[], points: readonly ChartPoint[]): { min: number; max: number; step: number } {
  const values = [...curves.flatMap((c) => (c.z === -3 || c.z === 3 ? c.points : [])), ...points].map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Room beyond ±3 SD so the red and orange bands show even where the curves are closest to the edge.
  const pad = (high - low) * 0.03;
  const step = niceStep(high - low + 2 * pad, 16);
  return { min: Math.max(0, Math.floor((low - pad) / step) * step), max: Math.ceil((high + pad) / step) * step, step };
}

function legend(indicator: ChartIndicator): LegendItem[] {
  return [
    { kind: 'green', text: { key: 'chart.legend.green' } },
    { kind: 'yellow', text: { key: 'chart.legend.yellow' } },
    { kind: 'red', text: { key: indicator === 'wfa' ? 'chart.legend.red_wfa' : 'chart.legend.red_lhfa' } },
    { kind: 'orange', text: { key: 'chart.legend.orange' } },
    { kind: 'child', text: { key: 'chart.legend.child' } },
  ];
}

/**
 * The chart of one indicator for one child: KMS bands and z-lines from the WHO 2006 standards,
 * the child's points, ticks and locale keys. Pure; `reference` is injectable for tests.
 *
 * @example
 * const model = buildGrowthChartModel({ indicator: 'wfa', sex: 2, lang: 'id',
 *   points: [{ ageDays: 0, weightKg: 3.1 }, { ageDays: 61, weightKg: 5.2 }] });
 * model.window; // { fromMonth: 0, toMonth: 6 }
 * model.texts.title.key; // 'chart.title.weight_for_age'
 */
export function buildGrowthChartModel(input: GrowthChartInput, reference: ChartReference = whoReference): GrowthChartModel {
  const measured = childPoints(input);
  const window = input.window ?? chooseAgeWindow(measured.map((p) => p.ageDays));
  const inWindow = measured
    .map((p) => ({ month: daysToMonths(p.ageDays), value: p.value }))
    .filter((p) => p.month >= window.fromMonth - 1e-9 && p.month <= Math.min(window.toMonth, LAST_MONTH) + 1e-9);
  const curves = computeZCurves(reference, input.indicator, input.sex, window);
  const range = valueRange(curves, inWindow);
  const keys = INDICATOR_KEYS[input.indicator];
  const last = inWindow[inWindow.length - 1];
  const format = new Intl.NumberFormat(LOCALE_FOR_NUMBERS[input.lang], { maximumFractionDigits: 1 });
  return {
    indicator: input.indicator,
    sex: input.sex,
    lang: input.lang,
    window,
    valueRange: { min: range.min, max: range.max },
    xTicks: monthTicks(window.fromMonth, window.toMonth),
    yTicks: {
      major: ticksBetween(range.min, range.max, range.step),
      minor: range.step === 2 || range.step === 10 ? ticksBetween(range.min, range.max, range.step / 2).filter((v) => (v / range.step) % 1 !== 0) : [],
    },
    bands: computeBands(curves, range.min, range.max),
    zLines: curves.filter((c) => (Z_LINES as readonly number[]).includes(c.z)),
    points: inWindow,
    hiddenPoints: measured.length - inWindow.length,
    ...(last ? { latest: { point: last, label: { key: keys.point, params: { value: format.format(last.value) } } } } : {}),
    texts: {
      title: { key: keys.title },
      subtitle: { key: input.sex === 1 ? 'chart.subtitle.boy' : 'chart.subtitle.girl', params: { from: window.fromMonth, to: window.toMonth } },
      xAxis: { key: 'chart.axis.age_months' },
      yAxis: { key: keys.axis },
      footer: { key: 'chart.footer.source' },
      legend: legend(input.indicator),
    },
  };
}
