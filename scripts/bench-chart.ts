/**
 * Renders growth charts and prints render-time percentiles (target: p99 < 100 ms).
 *
 *   npx tsx scripts/bench-chart.ts [--runs 100] [--samples /tmp/charts]
 *
 * `--samples DIR` also writes one PNG per sample child, indicator and language, to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildGrowthChartModel, renderGrowthChart, type ChartTranslate, type ChildMeasurement } from '../src/charts/index.js';
import { createTranslator, loadCatalog } from '../src/i18n/catalog.js';
import type { Lang } from '../src/shared/lang.js';

const MONTH = 30.4375;
const at = (month: number, weightKg: number, lengthCm: number): ChildMeasurement => ({ ageDays: Math.round(month * MONTH), weightKg, lengthCm });

const CHILDREN: Record<string, { sex: 1 | 2; points: ChildMeasurement[] }> = {
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
const translator = (lang: Lang): ChartTranslate => (key, params) => translate(lang, key, params);

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' }, samples: { type: 'string' } } });
const runs = Number(values.runs);
const langs: Lang[] = ['id', 'en', 'su'];
const cases = Object.entries(CHILDREN).flatMap(([name, child]) =>
  (['wfa', 'lhfa'] as const).flatMap((indicator) => langs.map((lang) => ({ name, indicator, lang, child }))),
);

if (values.samples) {
  mkdirSync(values.samples, { recursive: true });
  for (const c of cases) {
    const model = buildGrowthChartModel({ indicator: c.indicator, sex: c.child.sex, lang: c.lang, points: c.child.points });
    writeFileSync(join(values.samples, `${c.name}-${c.indicator}-${c.lang}.png`), renderGrowthChart(model, translator(c.lang)));
  }
  console.log(`wrote ${cases.length} charts to ${values.samples}`);
}

renderGrowthChart(buildGrowthChartModel({ indicator: 'wfa', sex: 1, lang: 'id', points: [] }), translator('id')); // warm-up: fonts, JIT
const timings: number[] = [];
let bytes = 0;
const cpuBefore = process.cpuUsage();
for (let i = 0; i < runs; i++) {
  const c = cases[i % cases.length]!;
  const t = translator(c.lang);
  const started = performance.now();
  const model = buildGrowthChartModel({ indicator: c.indicator, sex: c.child.sex, lang: c.lang, points: c.child.points });
  bytes += renderGrowthChart(model, t).length;
  timings.push(performance.now() - started);
}
const cpu = process.cpuUsage(cpuBefore);
timings.sort((a, b) => a - b);
console.log(
  `${runs} charts (model + render + PNG, 1080×1350): p50 ${percentile(timings, 50).toFixed(1)} ms, ` +
    `p99 ${percentile(timings, 99).toFixed(1)} ms, max ${timings[timings.length - 1]?.toFixed(1)} ms, mean size ${Math.round(bytes / runs / 1024)} KiB, ` +
    `CPU ${((cpu.user + cpu.system) / 1000 / runs).toFixed(1)} ms a chart`,
);
