import type { Translate } from '../../i18n/catalog.js';
import type { EffectHandlers } from '../effects/app-effect.js';
import { renderChart } from './growth-charts.js';
import type { GrowthWrites } from './growth-ports.js';

/**
 * Applies growth effects. `growth.record` inserts the measurement under its id unless it is there
 * (an upsert, never find-then-insert) and marks the same-day reports it replaces; `chart.render`
 * draws a chart unless its image exists. Both change nothing when applied again.
 *
 * @example
 * const commit = new TurnCommit(growthHandlers({ children, media }, translate), …);
 */
export function growthHandlers(deps: GrowthWrites, translate: Translate): EffectHandlers {
  return {
    'growth.record': [
      async (effect) => {
        await deps.children.insertMeasurement(effect.measurement);
        await deps.children.supersede([...effect.supersedes], effect.id);
      },
    ],
    'chart.render': [async (effect, turn) => renderChart(deps, translate, effect, turn.now)],
  };
}
