import type { Alert } from './alert.js';
import type { MessageRef } from './message.js';

/**
 * The alert text for a kader or the puskesmas: what, which child, by when. Escalated alerts say
 * that the level below did not acknowledge in time.
 *
 * @example
 * alertMessage(alert, 'kader');
 * // { key: 'escalation.alert.kader.urgent', params: { rw: '07' }, refs: { child, condition, posyandu, due } }
 */
export function alertMessage(alert: Alert, role: 'kader' | 'puskesmas'): MessageRef {
  const escalated = alert.level !== 'kader' && role === alert.level;
  const key = escalated ? `escalation.alert.escalated.${role}` : `escalation.alert.${role}.${alert.severity}`;
  return {
    key,
    params: { rw: alert.area.rw },
    refs: {
      child: { kind: 'child', id: alert.childId },
      condition: { kind: 'locale', id: `escalation.condition.${alert.condition}` },
      ...(alert.area.posyanduId !== undefined ? { posyandu: { kind: 'posyandu' as const, id: alert.area.posyanduId } } : {}),
      ...(alert.ackDueAt !== null ? { due: { kind: 'datetime' as const, id: alert.ackDueAt.toISOString() } } : {}),
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
