import { nextLevel, type Alert } from '../../domain/escalation/index.js';
import type { AuditEntry } from './escalation-records.js';
import type { EscalationDeps } from './escalation-deps.js';

/**
 * Stores what a domain transition did to an alert (it adds exactly one history entry), writes the
 * matching `audit_log` line, and schedules the deadline job of a level that can still escalate.
 * Call it under the alert's lock. The audit line names the actor by contact id and carries no note
 * text (a note may name people).
 *
 * @example
 * const result = applyAlertAction(alert, { action: 'acknowledge' }, actor, now);
 * if (result.ok) await saveAlertChange(deps, alert, result.alert);
 */
export async function saveAlertChange(deps: Pick<EscalationDeps, 'escalation' | 'clock'>, before: Alert, after: Alert, options: { stored?: boolean } = {}): Promise<void> {
  const index = after.history.length - 1;
  const entry = after.history[index];
  if (!entry || index !== before.history.length) throw new Error('an alert change must add exactly one history entry');
  const { alerts, audit, jobs } = deps.escalation;
  // `stored`: the entry is there already (an effect applied again); the rest is keyed and made sure of.
  if (!options.stored) await alerts.change(after.id, { state: after.state, level: after.level, ackDueAt: after.ackDueAt }, entry, entry.at);
  await audit.record(auditEntry(after, index));
  const levelChanged = after.level !== before.level;
  if (levelChanged && after.state === 'open' && after.ackDueAt && nextLevel(after.level)) {
    await jobs.deadline(after.id, after.level, after.ackDueAt, deps.clock.now());
  }
}

/**
 * The audit line of an alert's history entry; its id is the alert id and the entry index, so a
 * retried change writes it once.
 *
 * @example
 * auditEntry(alert, 0); // { _id: 'aud-al_1-0', action: 'alert.open', actor: 'system', subject: 'al_1', … }
 */
export function auditEntry(alert: Alert, index: number): AuditEntry {
  const entry = alert.history[index]!;
  return {
    _id: `aud-${alert.id}-${index}`,
    at: entry.at,
    actor: entry.by.id,
    action: `alert.${entry.action}`,
    subject: alert.id,
    data: {
      role: entry.by.role,
      from: entry.from,
      to: entry.to,
      ...(entry.level ? { levelFrom: entry.level.from, levelTo: entry.level.to } : {}),
      ...(entry.reason ? { reason: entry.reason } : {}),
      hasNote: entry.note !== undefined,
    },
  };
}
