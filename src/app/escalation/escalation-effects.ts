import type { EffectHandlers } from '../effects/app-effect.js';
import type { GrowthAssessment } from '../growth/assessment.js';
import type { ChildStore, GrowthEvents } from '../ports.js';

/**
 * Escalation hears of every recorded measurement at the commit, after it is stored, under the child's
 * lock (`MeasurementEscalation`): the decision reads the child's open episodes, which other contacts'
 * turns change, so it is made here and not in the turn. Applied again for the same measurement it
 * opens nothing: an episode already assessed at that measurement's time stops the evaluation.
 *
 * @example
 * const commit = new TurnCommit(growthHandlers(…), escalationHandlers({ children, growthEvents }));
 */
export function escalationHandlers(deps: { children: Pick<ChildStore, 'get'>; growthEvents: GrowthEvents }): EffectHandlers {
  return {
    'growth.record': [
      async ({ measurement }) => {
        const child = await deps.children.get(measurement.childId);
        // The stored result is the assessment with the confirmed fields added.
        if (child) await deps.growthEvents.measurementRecorded(child, measurement, measurement.result as unknown as GrowthAssessment);
      },
    ],
  };
}
