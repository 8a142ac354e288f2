/**
 * Growth-chart render times: model, render and PNG, over sample children in every language and
 * both indicators (target: p99 < 100 ms).
 */
import { buildGrowthChartModel, renderGrowthChart, type ChartTranslate, type ChildMeasurement } from '../../src/charts/index.js';
import { createTranslator, loadCatalog } from '../../src/i18n/catalog.js';
import type { Lang } from '../../src/shared/lang.js';
import { percentile, type ChartResult } from './report.js';

const MONTH = 30.4375;
const at = (month: number, weightKg: number, lengthCm: number): ChildMeasurement => ({ ageDays: Math.round(month * MONTH), weightKg, lengthCm });

export const CHILDREN: Record<string, { sex: 1 | 2; points: ChildMeasurement[] }> = {
  'healthy-boy': {
    sex: 1,
    points: [at(0, 3.3, 49.9), at(1, 4.5, 54.7), at(2, 5.6, 58.4), at(3, 6.4, 61.4), at(4, 7.0, 63.9), at(5, 7.5, 65.9),
      at(6, 7.9, 67.6), at(8, 8.6, 70.6), at(10, 9.2, 73.3), at(12, 9.6, 75.7), at(15, 10.3, 79.1), at(18, 10.9, 82.3)],
  },
  'stunted-girl': {
    sex: 2,
    points: [at(0, 2.6, 46.5), at(3, 4.9, 56), at(6, 6.0, 61.5), at(9, 6.8, 65), at(12, 7.3, 67.5), at(18, 8.2, 73),
      at(24, 9.0, 77.5), at(30, 9.9, 81.5), at(36, 10.6, 85)],
  },
  'young-girl': { sex: 2, points: [at(0, 3.2, 49.1), at(1, 4.2, 53.7), at(2, 5.1, 57.1)] },
  'older-boy-underweight': {
    sex: 1,
    points: [at(26, 9.1, 84), at(30, 9.4, 86.5), at(36, 9.9, 90.1), at(42, 10.2, 93.5), at(48, 10.5, 97)],
  },
};

// The chart texts live in the bot's own catalog, as the bot renders them.
const translate = createTranslator(loadCatalog('locales'));
export const translator = (lang: Lang): ChartTranslate => (key, params) => translate(lang, key, params);


const langs: Lang[] = ['id', 'en', 'su'];
export const CASES = Object.entries(CHILDREN).flatMap(([name, child]) =>
  (['wfa', 'lhfa'] as const).flatMap((indicator) => langs.map((lang) => ({ name, indicator, lang, child }))),
);

/** Renders `runs` charts (after one warm-up for fonts and JIT); the timings, sorted, and their bytes. */
export function renderTimings(runs: number): { sorted: number[]; bytes: number; cpuMs: number } {
  renderGrowthChart(buildGrowthChartModel({ indicator: 'wfa', sex: 1, lang: 'id', points: [] }), translator('id'));
  const timings: number[] = [];
  let bytes = 0;
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const c = CASES[i % CASES.length]!;
    const started = performance.now();
    const model = buildGrowthChartModel({ indicator: c.indicator, sex: c.child.sex, lang: c.lang, points: c.child.points });
    bytes += renderGrowthChart(model, translator(c.lang)).length;
    timings.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  return { sorted: timings.sort((a, b) => a - b), bytes, cpuMs: (cpu.user + cpu.system) / 1000 };
}

export function benchChart(runs: number): ChartResult {
  const { sorted } = renderTimings(runs);
  return { runs, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}
