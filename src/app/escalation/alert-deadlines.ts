import { alertMessage, dueEscalations, lurahEscalationNotice, type Level } from '../../domain/escalation/index.js';
import { AlertNotifier } from './alert-notifier.js';
import { saveAlertChange } from './alert-changes.js';
import type { EscalationDeps } from './escalation-deps.js';

/** What a deadline job did: moved the alert up, or nothing because it was acknowledged, resolved or already moved. */
export type DeadlineResult = { status: 'escalated'; to: Level } | { status: 'stale' };

/**
 * The worker side of alerts: deadlines, the sweep that catches a lost deadline job, and the
 * delayed "opened" notification. Each re-reads the alert under its lock, so a stale or repeated
 * job changes nothing.
 *
 * @example
 * await new AlertDeadlines(deps).deadline('al_1', 'kader'); // { status: 'escalated', to: 'puskesmas' }
 */
export class AlertDeadlines {
  private readonly notifier: AlertNotifier;

  constructor(private readonly deps: EscalationDeps) {
    this.notifier = new AlertNotifier(deps);
  }

  async deadline(alertId: string, level: Level): Promise<DeadlineResult> {
    const { alerts, locks } = this.deps.escalation;
    const escalated = await locks.withLock(`alert:${alertId}`, async () => {
      const alert = await alerts.get(alertId);
      if (!alert || alert.level !== level || !(await this.childKept(alert.childId))) return undefined;
      const [due] = dueEscalations([alert], this.deps.clock.now());
      if (!due) return undefined;
      await saveAlertChange(this.deps, alert, due.alert);
      return { record: { ...alert, ...due.alert }, due };
    });
    if (!escalated) return { status: 'stale' };
    const { record, due } = escalated;
    const message = due.to === 'lurah' ? lurahEscalationNotice(due)?.message : alertMessage(record, 'puskesmas');
    if (message) await this.notifier.escalated(record, message);
    this.deps.log.info({ alert: alertId, from: due.from, to: due.to }, 'alert escalated');
    return { status: 'escalated', to: due.to };
  }

  /** Every open alert past its deadline, one level up each: the safety net under the deadline jobs. */
  async sweep(): Promise<number> {
    let moved = 0;
    for (const alert of await this.deps.escalation.alerts.overdue(this.deps.clock.now())) {
      if ((await this.deadline(alert.id, alert.level)).status === 'escalated') moved++;
    }
    return moved;
  }

  /** Sends a new alert's messages (queued with a short delay by the measurement hook). */
  async notifyOpened(alertId: string, familyAdvice = true): Promise<void> {
    const alert = await this.deps.escalation.alerts.get(alertId);
    if (alert && alert.state !== 'resolved' && (await this.childKept(alert.childId))) await this.notifier.opened(alert, familyAdvice);
  }

  /** A child erased (consent withdrawn, data deleted) is processed no more: its alerts go no further. */
  private async childKept(childId: string): Promise<boolean> {
    return (await this.deps.children.get(childId)) !== null;
  }
}
