import type { EscalationEffect } from '../app/escalation/alert-effects.js';
import type { EscalationDecisionStore } from '../app/escalation/escalation-decisions.js';
import type { EscalationDecisionDoc } from './models/escalation-decision.js';
import type { Models } from './store.js';

/**
 * Escalation decisions in MongoDB, one per measurement. Keeping one is an insert that loses to an
 * existing document (duplicate key), then a read: whoever kept first decided.
 *
 * @example
 * const decisions = new EscalationDecisionRepository(models);
 * await decisions.keep('ms_1', 'ch-sari', effects, now); await decisions.of('ms_1'); // effects
 */
export class EscalationDecisionRepository implements EscalationDecisionStore {
  constructor(private readonly models: Models) {}

  async of(measurementId: string): Promise<EscalationEffect[] | null> {
    const doc = await this.models.escalationDecisions.findById(measurementId).lean<EscalationDecisionDoc>();
    return doc ? (doc.effects as EscalationEffect[]) : null;
  }

  async keep(measurementId: string, childId: string, effects: readonly EscalationEffect[], at: Date): Promise<EscalationEffect[]> {
    try {
      await this.models.escalationDecisions.create({ _id: measurementId, childId, at, effects: [...effects] });
      return [...effects];
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
      return (await this.of(measurementId)) ?? [];
    }
  }
}
