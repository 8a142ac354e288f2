import { evaluateChild, planEscalation, type EscalationStep } from '../../domain/escalation/index.js';
import { effectId } from '../effects/effect-id.js';
import type { GrowthAssessment } from '../growth/assessment.js';
import type { GrowthEvents } from '../growth/growth-events.js';
import type { AlertRecord } from './escalation-records.js';
import type { Child, Measurement } from '../children/child-records.js';
import { applyEscalationEffect } from './alert-effect-handlers.js';
import type { EscalationEffect } from './alert-effects.js';
import { areaOf, toChildAssessment } from './child-assessment.js';
import type { EscalationDeps } from './escalation-deps.js';

/**
 * The growth hook, run by the turn's commit after a measurement is stored: under the child's lock
 * (two measurements of one child do not race), the measurement is decided once: its episodes
 * evaluated against the rules, the decision kept as escalation effects whose episode and alert
 * ids derive from the measurement; then the kept effects are applied (episodes kept, closed or
 * opened, alerts opened with their deadline and notification jobs, or resolved by the system).
 * A commit that died half way applies the same kept decision again, which changes nothing
 * already done; an error reaches the commit, so the turn is retried.
 *
 * @example
 * const growthEvents: GrowthEvents = new MeasurementEscalation(deps);
 */
export class MeasurementEscalation implements GrowthEvents {
  constructor(private readonly deps: EscalationDeps) {}

  async measurementRecorded(child: Child, measurement: Measurement, assessment: GrowthAssessment): Promise<void> {
    await this.evaluate(child, measurement, assessment);
  }

  /** Returns the alerts it opened. */
  async evaluate(child: Child, measurement: Measurement, assessment: GrowthAssessment): Promise<AlertRecord[]> {
    // A report that a kader's measurement of the same day already replaced says nothing new.
    if (measurement.supersededBy !== null) return [];
    const area = areaOf(child, child.posyanduId ? await this.deps.registry.posyandu(child.posyanduId) : null);
    if (!area) return [];
    const input = toChildAssessment(child, measurement, assessment, area);
    const { episodes, decisions, locks, rules } = this.deps.escalation;
    return locks.withLock(`child:${child._id}`, async () => {
      let effects = await decisions.of(measurement._id);
      if (!effects) {
        const now = this.deps.clock.now();
        const steps = planEscalation(evaluateChild(input, await episodes.openOf(child._id), rules, now), measurement._id, rules, now, effectId);
        effects = await decisions.keep(measurement._id, child._id, steps.map((step) => toEffect(step, measurement._id, now)), now);
      }
      for (const effect of effects) await applyEscalationEffect(this.deps, effect);
      return effects.flatMap((e) => (e.type === 'alert.open' ? [e.alert] : []));
    });
  }
}

/** A planned step as the effect that applies it; ids of keeps and resolves name the measurement and episode. */
function toEffect(step: EscalationStep, measurementId: string, now: Date): EscalationEffect {
  switch (step.kind) {
    case 'keep':
      return { type: 'episode.keep', id: effectId('ek', `${measurementId}:${step.episodeId}`), episodeId: step.episodeId, lastSeenAt: step.lastSeenAt, lastAssessedAt: step.lastAssessedAt, clearStreak: step.clearStreak };
    case 'resolve':
      return { type: 'alert.resolve', id: effectId('ar', `${measurementId}:${step.episodeId}`), episodeId: step.episodeId, reason: step.reason, closedAt: step.closedAt };
    case 'open':
      return {
        type: 'alert.open',
        id: step.alert.id,
        episode: step.episode,
        alert: { ...step.alert, origin: 'episode', requestedBy: null, deliveries: [], updatedAt: now },
        familyAdvice: step.familyAdvice,
      };
  }
}
