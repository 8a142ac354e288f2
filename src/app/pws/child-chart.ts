import { buildGrowthChartModel, renderGrowthChart, type ChartIndicator } from '../../charts/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { chartPoints } from '../growth/growth-charts.js';
import type { Child, Measurement } from '../children/child-records.js';

/** The charts a child has something to draw on: weight-for-age, length/height-for-age. */
export function chartsOf(child: Pick<Child, 'birthDate'>, measurements: readonly Measurement[]): ChartIndicator[] {
  const points = chartPoints(child, measurements);
  return (['wfa', 'lhfa'] as const).filter((indicator) => points.some((p) => (indicator === 'wfa' ? p.weightKg : p.lengthCm) !== undefined));
}

/**
 * A child's growth chart as PNG, drawn by the chat's own renderer, for the staff page.
 *
 * @example
 * const png = childChartPng(child, measurements, 'wfa', 'id', translate);
 */
export function childChartPng(child: Pick<Child, 'birthDate' | 'sex'>, measurements: readonly Measurement[], indicator: ChartIndicator, lang: Lang, translate: Translate): Buffer {
  const model = buildGrowthChartModel({ indicator, sex: child.sex, lang, points: chartPoints(child, measurements) });
  return renderGrowthChart(model, (key, params) => translate(lang, key, params));
}
