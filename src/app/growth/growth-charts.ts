import { createHash } from 'node:crypto';
import { buildGrowthChartModel, renderGrowthChart, type ChartIndicator, type ChildMeasurement } from '../../charts/index.js';
import { ageInDays } from '../../domain/growth/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { mediaPath } from '../messages/media-store.js';
import type { ChartRenderEffect } from './growth-effects.js';
import type { GrowthWrites } from './growth-ports.js';
import type { Child, Measurement } from '../children/child-records.js';

/** Raise when the chart drawing or its texts change, so cached images are drawn again. */
const CHART_VERSION = 1;

export interface ChartImage {
  indicator: ChartIndicator;
  /** `mediaPath(id)`: what an outbound message's `image` holds. */
  image: string;
  /** Draws the image at the commit, before the reply goes out. */
  render: ChartRenderEffect;
}

/** The measurements as chart points; the measured length is drawn (what the family wrote down). */
export function chartPoints(child: Pick<Child, 'birthDate'>, measurements: readonly Measurement[]): ChildMeasurement[] {
  return measurements.flatMap((m) => {
    const ageDays = ageInDays(child.birthDate, m.date);
    if (ageDays === undefined || ageDays < 0) return [];
    return [{ ageDays, ...(m.weightKg !== null ? { weightKg: m.weightKg } : {}), ...(m.lengthCm !== null ? { lengthCm: m.lengthCm } : {}) }];
  });
}

/**
 * Weight-for-age and length/height-for-age charts of a child, one per indicator that has a value: the
 * image each reply shows, and the `chart.render` effect that draws it at the commit. The media id is a
 * hash of what is drawn, so asking twice draws once (~35–45 ms each).
 *
 * @example
 * const charts = growthCharts(child, measurements, 'id');
 * charts.map((c) => c.image); // ['/media/gc_….png', '/media/gc_….png']
 */
export function growthCharts(child: Pick<Child, 'sex' | 'birthDate'>, measurements: readonly Measurement[], lang: Lang): ChartImage[] {
  const points = chartPoints(child, measurements);
  return (['wfa', 'lhfa'] as const).flatMap((indicator) => {
    if (!points.some((p) => (indicator === 'wfa' ? p.weightKg : p.lengthCm) !== undefined)) return [];
    const id = `gc_${createHash('sha256').update(JSON.stringify({ v: CHART_VERSION, indicator, sex: child.sex, lang, points })).digest('hex').slice(0, 24)}`;
    const render: ChartRenderEffect = { type: 'chart.render', id, indicator, sex: child.sex, lang, points };
    return [{ indicator, image: mediaPath(id), render }];
  });
}

/**
 * Applies `chart.render`: draws the chart unless media `id` exists already (an upsert either way).
 *
 * @example
 * await renderChart(deps, translate, effect, now);
 */
export async function renderChart(deps: Pick<GrowthWrites, 'media'>, translate: Translate, effect: ChartRenderEffect, at: Date): Promise<void> {
  if (await deps.media.get(effect.id)) return;
  const model = buildGrowthChartModel({ indicator: effect.indicator, sex: effect.sex, lang: effect.lang, points: [...effect.points] });
  const png = renderGrowthChart(model, (key, params) => translate(effect.lang, key, params));
  await deps.media.put(effect.id, png, 'image/png', at);
}
