import type { Alert } from './alert.js';
import type { MessageRef } from './message.js';
import { deadlineMs } from './rules.js';

/**
 * The alert text for a kader or the puskesmas: what, which child, by when. Escalated alerts say
 * that the level below did not acknowledge in time. The opening notice names the deadline the alert
 * opened with, not the current one: it goes out a moment later, and an alert acknowledged meanwhile
 * has none (the notice must read the same whenever it is sent).
 *
 * @example
 * alertMessage(alert, 'kader');
 * // { key: 'escalation.alert.kader.urgent', params: { rw: '07' }, refs: { child, condition, posyandu, due } }
 */
export function alertMessage(alert: Alert, role: 'kader' | 'puskesmas'): MessageRef {
  const escalated = alert.level !== 'kader' && role === alert.level;
  const due = escalated ? alert.ackDueAt : new Date(alert.openedAt.getTime() + deadlineMs(alert.ackDeadlines, 'kader'));
  const key = escalated ? `escalation.alert.escalated.${role}` : `escalation.alert.${role}.${alert.severity}`;
  return {
    key,
    params: { rw: alert.area.rw },
    refs: {
      child: { kind: 'child', id: alert.childId },
      condition: { kind: 'locale', id: `escalation.condition.${alert.condition}` },
      ...(alert.area.posyanduId !== undefined ? { posyandu: { kind: 'posyandu' as const, id: alert.area.posyanduId } } : {}),
      ...(due !== null ? { due: { kind: 'datetime' as const, id: due.toISOString() } } : {}),
    },
  };
}

/**
 * The referral advice for the family when the rule says `familyAdvice`; undefined otherwise.
 * It names the child for the parent's own chat only.
 *
 * @example
 * familyAdviceMessage(alert); // { key: 'escalation.family.urgent', params: {}, refs: { child, puskesmas } }
 */
export function familyAdviceMessage(alert: Alert): MessageRef | undefined {
  if (!alert.familyAdvice) return undefined;
  return {
    key: `escalation.family.${alert.severity}`,
    params: {},
    refs: {
      child: { kind: 'child', id: alert.childId },
      puskesmas: { kind: 'puskesmas', id: alert.area.puskesmasId },
    },
  };
}
