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
import { buildGrowthChartModel, renderGrowthChart } from '../src/charts/index.js';
import { CASES, renderTimings, translator } from './bench/chart.js';
import { percentile } from './bench/report.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' }, samples: { type: 'string' } } });
const runs = Number(values.runs);

if (values.samples) {
  mkdirSync(values.samples, { recursive: true });
  for (const c of CASES) {
    const model = buildGrowthChartModel({ indicator: c.indicator, sex: c.child.sex, lang: c.lang, points: c.child.points });
    writeFileSync(join(values.samples, `${c.name}-${c.indicator}-${c.lang}.png`), renderGrowthChart(model, translator(c.lang)));
  }
  console.log(`wrote ${CASES.length} charts to ${values.samples}`);
}

const { sorted, bytes, cpuMs } = renderTimings(runs);
console.log(
  `${runs} charts (model + render + PNG, 1080×1350): p50 ${percentile(sorted, 50).toFixed(1)} ms, ` +
    `p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms, mean size ${Math.round(bytes / runs / 1024)} KiB, ` +
    `CPU ${(cpuMs / runs).toFixed(1)} ms a chart`,
);
