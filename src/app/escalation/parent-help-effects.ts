import type { MessageRef } from '../../domain/escalation/index.js';
import type { EffectHandlers } from '../effects/app-effect.js';
import type { AlertRecord } from './escalation-records.js';
import { auditEntry } from './alert-changes.js';
import { AlertNotifier } from './alert-notifier.js';
import type { EscalationDeps } from './escalation-deps.js';

/**
 * A parent's call for help stored as a kader follow-up alert (`origin: 'parent_request'`): `alert.id`
 * is derived from the turn's ref, so applying it again inserts nothing new, writes the same audit
 * line and queues the same deadline job; the kader's message is sent once by its ref.
 *
 * @example
 * { type: 'alert.parent_request', id: 'al_9c1e…', alert: { id: 'al_9c1e…', origin: 'parent_request', … }, kaderMessage: { key: 'pusling.parent_help.kader', … } }
 */
export interface ParentRequestEffect {
  readonly type: 'alert.parent_request';
  readonly id: string;
  readonly alert: AlertRecord;
  readonly kaderMessage: MessageRef;
}

/**
 * Applies a parent's call for help under the child's lock. Another caregiver's call stored meanwhile
 * for the same child stands (one follow-up per child): this one is logged and dropped, as the kader
 * already has the child on their list.
 */
async function request(deps: EscalationDeps, { alert, kaderMessage }: ParentRequestEffect): Promise<void> {
  const { alerts, audit, jobs, locks } = deps.escalation;
  const stored = await locks.withLock(`child:${alert.childId}`, async () => {
    const open = await alerts.openParentRequest(alert.childId);
    if (open && open.id !== alert.id) return null;
    await alerts.insert(alert);
    await audit.record(auditEntry(alert, 0));
    if (alert.ackDueAt) await jobs.deadline(alert.id, alert.level, alert.ackDueAt, deps.clock.now());
    return alerts.get(alert.id);
  });
  if (!stored) {
    deps.log.warn({ alert: alert.id }, 'parent help: another call for this child came first; this one was not stored');
    return;
  }
  // The stored alert carries the deliveries of an earlier application: they are not recorded twice.
  await new AlertNotifier(deps).parentRequest(stored, kaderMessage);
}

/**
 * The parent-help table of the turn commit.
 *
 * @example
 * const commit = new TurnCommit(…, parentHelpHandlers(escalationDeps));
 */
export function parentHelpHandlers(deps: EscalationDeps): EffectHandlers {
  return { 'alert.parent_request': [async (effect) => request(deps, effect)] };
}
