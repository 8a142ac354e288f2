import type { EffectHandlers } from '../effects/app-effect.js';
import type { ChildStore } from '../children/child-ports.js';
import type { AuditStore } from '../escalation/escalation-ports.js';

type CorrectionWrites = { children: Pick<ChildStore, 'correct' | 'reassess' | 'insertMeasurement' | 'supersede'>; escalation: { audit: Pick<AuditStore, 'record'> } };

/**
 * Applies KOREKSI: the child's correction is appended once (by its id) and the measurements'
 * results set; a corrected measurement is inserted by its id and supersedes the old one. The audit
 * log records which field or which measurement changed, never the values, under ids derived from the
 * effect. Applied twice, nothing changes.
 *
 * @example
 * const commit = new TurnCommit(correctionHandlers(deps), …);
 */
export function correctionHandlers(deps: CorrectionWrites): EffectHandlers {
  return {
    'child.correct': [
      async ({ id, childId, set, correction, reassess }) => {
        await deps.children.correct(childId, set, correction);
        for (const { measurementId, result } of reassess) await deps.children.reassess(measurementId, result);
        await deps.escalation.audit.record({ _id: `aud-${id}`, at: correction.at, actor: correction.by, action: 'child.correct', subject: childId, data: { field: correction.field } });
      },
    ],
    'measurement.correct': [
      async ({ id, measurement, supersedes }) => {
        await deps.children.insertMeasurement(measurement);
        await deps.children.supersede([supersedes], id);
        await deps.escalation.audit.record({ _id: `aud-mc-${supersedes}`, at: measurement.createdAt, actor: measurement.recordedBy, action: 'measurement.correct', subject: measurement.childId, data: { measurement: supersedes, correctedBy: id } });
      },
    ],
  };
}
