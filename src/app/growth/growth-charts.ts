import { createHash } from 'node:crypto';
import { buildGrowthChartModel, renderGrowthChart, type ChartIndicator, type ChildMeasurement } from '../../charts/index.js';
import { ageInDays } from '../../domain/growth/index.js';
import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { mediaPath, type AppDeps } from '../ports.js';
import type { Child, Measurement } from '../records.js';

/** Raise when the chart drawing or its texts change, so cached images are drawn again. */
const CHART_VERSION = 1;

export interface ChartImage {
  indicator: ChartIndicator;
  /** `mediaPath(id)`: what an outbound message's `image` holds. */
  image: string;
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
 * Weight-for-age and length/height-for-age charts of a child as stored images, one per indicator that
 * has a value. The image id is a hash of what is drawn, so asking twice renders once (~35–45 ms each).
 *
 * @example
 * const images = await growthCharts(deps, translate, child, measurements, 'id');
 * images.map((i) => i.image); // ['/media/gc_….png', '/media/gc_….png']
 */
export async function growthCharts(
  deps: Pick<AppDeps, 'media' | 'clock'>,
  translate: Translate,
  child: Pick<Child, 'sex' | 'birthDate'>,
  measurements: readonly Measurement[],
  lang: Lang,
): Promise<ChartImage[]> {
  const points = chartPoints(child, measurements);
  const images: ChartImage[] = [];
  for (const indicator of ['wfa', 'lhfa'] as const) {
    if (!points.some((p) => (indicator === 'wfa' ? p.weightKg : p.lengthCm) !== undefined)) continue;
    const id = `gc_${createHash('sha256').update(JSON.stringify({ v: CHART_VERSION, indicator, sex: child.sex, lang, points })).digest('hex').slice(0, 24)}`;
    if (!(await deps.media.get(id))) {
      const model = buildGrowthChartModel({ indicator, sex: child.sex, lang, points });
      const png = renderGrowthChart(model, (key, params) => translate(lang, key, params));
      await deps.media.put(id, png, 'image/png', deps.clock.now());
    }
    images.push({ indicator, image: mediaPath(id) });
  }
  return images;
}
