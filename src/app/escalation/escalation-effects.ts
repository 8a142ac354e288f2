import type { EffectHandlers } from '../effects/app-effect.js';
import type { GrowthAssessment } from '../growth/assessment.js';
import type { ChildStore } from '../children/child-ports.js';
import type { GrowthEvents } from '../growth/growth-events.js';
import { applyEscalationEffect } from './alert-effect-handlers.js';
import type { EscalationPorts } from './escalation-ports.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';

/**
 * Escalation at the commit. Every recorded measurement, after it is stored, goes to the growth hook
 * (`MeasurementEscalation`): the decision reads the child's open episodes, which other contacts'
 * turns change, so it is made there under the child's lock, kept, and applied as escalation
 * effects. A turn may also return those effects itself (`alert.open`, `alert.resolve`,
 * `episode.keep`); they are applied the same way, each changing nothing the second time.
 *
 * @example
 * const commit = new TurnCommit(growthHandlers(…), escalationHandlers({ children, growthEvents, escalation, clock }));
 */
export function escalationHandlers(deps: { children: Pick<ChildStore, 'get'>; growthEvents: GrowthEvents } & { escalation: EscalationPorts; clock: Clock; log: Logger }): EffectHandlers {
  return {
    'growth.record': [
      async ({ measurement }) => {
        const child = await deps.children.get(measurement.childId);
        // The stored result is the assessment with the confirmed fields added.
        if (child) await deps.growthEvents.measurementRecorded(child, measurement, measurement.result as unknown as GrowthAssessment);
      },
    ],
    'alert.open': [async (effect) => applyEscalationEffect(deps, effect)],
    'alert.resolve': [async (effect) => applyEscalationEffect(deps, effect)],
    'episode.keep': [async (effect) => applyEscalationEffect(deps, effect)],
    'alert.change': [async (effect) => applyEscalationEffect(deps, effect)],
  };
}
