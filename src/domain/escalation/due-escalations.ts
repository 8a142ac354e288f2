import { SYSTEM_ACTOR } from './area.js';
import type { Alert } from './alert.js';
import { isOverdue } from './alert.js';
import { transition } from './alert-actions.js';
import type { Level } from './conditions.js';

/**
 * One alert whose acknowledge deadline passed, moved up one level by the system.
 *
 * @example
 * // { alertId: 'al-1', from: 'kader', to: 'puskesmas', missedDeadline, newAckDueAt, alert }
 */
export interface DueEscalation {
  readonly alertId: string;
  readonly from: Level;
  readonly to: Level;
  readonly missedDeadline: Date;
  readonly newAckDueAt: Date;
  /** The alert after escalation, history entry included. */
  readonly alert: Alert;
}

/**
 * The alerts that nobody acknowledged in time, each moved up exactly one level (kader →
 * puskesmas → lurah) with a new deadline counted from `now`, so a worker that was down does not
 * skip a level. Alerts already at lurah level stay overdue (see `isOverdue`) but go no higher.
 *
 * @example
 * const due = dueEscalations(openAlerts, clock.now());
 * for (const d of due) await repo.save(d.alert); // then schedule a job at d.newAckDueAt
 */
export function dueEscalations(alerts: readonly Alert[], now: Date): DueEscalation[] {
  const due: DueEscalation[] = [];
  for (const alert of alerts) {
    if (!isOverdue(alert, now) || alert.ackDueAt === null) continue;
    const result = transition(alert, { action: 'escalate' }, SYSTEM_ACTOR, now);
    if (!result.ok || result.alert.ackDueAt === null) continue;
    due.push({
      alertId: alert.id,
      from: alert.level,
      to: result.alert.level,
      missedDeadline: alert.ackDueAt,
      newAckDueAt: result.alert.ackDueAt,
      alert: result.alert,
    });
  }
  return due;
}
