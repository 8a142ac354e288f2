import type { ChartIndicator, ChildMeasurement } from '../../charts/index.js';
import type { Sex } from '../../domain/growth/index.js';
import type { Lang } from '../../shared/lang.js';
import type { Measurement } from '../children/child-records.js';

/**
 * Record a visit's measurement: `id` is the measurement's id (derived from the turn), `supersedes` the
 * same-day reports it replaces (they stay, marked `supersededBy: id`). Applying it twice stores one.
 *
 * @example
 * { type: 'growth.record', id: 'ms_9c1e…', measurement: { _id: 'ms_9c1e…', childId: 'ch-budi', … }, supersedes: [] }
 */
export interface GrowthRecordEffect {
  readonly type: 'growth.record';
  readonly id: string;
  readonly measurement: Measurement;
  readonly supersedes: readonly string[];
}

/**
 * Draw a growth chart and keep it as media `id` (a hash of what is drawn, so the same chart is drawn
 * once); the reply's image (`mediaPath(id)`) is sent after the commit, when the image exists.
 */
export interface ChartRenderEffect {
  readonly type: 'chart.render';
  readonly id: string;
  readonly indicator: ChartIndicator;
  readonly sex: Sex;
  readonly lang: Lang;
  readonly points: readonly ChildMeasurement[];
}

export type GrowthEffect = GrowthRecordEffect | ChartRenderEffect;
