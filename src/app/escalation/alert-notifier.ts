import { alertMessage, familyAdviceMessage, lurahUrgentNotice, type MessageRef } from '../../domain/escalation/index.js';
import { pseudonym } from '../../shared/logger.js';
import { OutboundService } from '../outbound.js';
import { logStaffNotice } from '../rights/staff-access.js';
import type { AlertDelivery, AlertRecord } from './escalation-records.js';
import type { EscalationDeps } from './escalation-deps.js';
import { familyTargets, staffTargets, type Target } from './recipients.js';
import { renderMessage } from './render-message.js';

/** One message for a group of people, and whether it ends with how to act on it. */
interface Notice {
  event: string;
  targets: Target[];
  message: MessageRef;
  howToAct: boolean;
}

/**
 * Sends an alert's messages: to staff through the contacts of their registry phone numbers, to the
 * family through the child's caregivers, each in their own language. Who could not be reached
 * (never wrote to the bot, or said BERHENTI) is recorded on the alert; its deadline then moves it up.
 * Refs `alert|<alertId>|<contactId>|<event>` make a retried job send nothing twice.
 *
 * @example
 * await new AlertNotifier(deps).opened(alert); // kader (+ puskesmas, lurah, family as the rule says)
 */
export class AlertNotifier {
  private readonly outbound: OutboundService;

  constructor(private readonly deps: EscalationDeps) {
    this.outbound = new OutboundService(deps);
  }

  /** A new alert: the roles its rule names, the lurah (no names) for urgent cases, the family advice unless told not to. */
  async opened(alert: AlertRecord, familyAdvice = true): Promise<void> {
    const notices: Notice[] = [];
    for (const role of alert.notify) notices.push({ event: 'opened', targets: await staffTargets(this.deps, role, alert.area), message: alertMessage(alert, role), howToAct: true });
    const urgent = lurahUrgentNotice(alert, alert.openedAt);
    if (urgent) notices.push({ event: 'urgent_notice', targets: await staffTargets(this.deps, 'lurah', alert.area), message: urgent.message, howToAct: false });
    const advice = familyAdvice ? familyAdviceMessage(alert) : undefined;
    if (advice) notices.push({ event: 'family_advice', targets: await familyTargets(this.deps, alert.childId), message: advice, howToAct: false });
    await this.send(alert, notices);
  }

  /** The level an alert was escalated to. */
  async escalated(alert: AlertRecord, message: MessageRef): Promise<void> {
    await this.send(alert, [{ event: `escalated_${alert.level}`, targets: await staffTargets(this.deps, alert.level, alert.area), message, howToAct: true }]);
  }

  /** A parent's call for help, to the child's kader. */
  async parentRequest(alert: AlertRecord, message: MessageRef): Promise<void> {
    await this.send(alert, [{ event: 'parent_request', targets: await staffTargets(this.deps, 'kader', alert.area), message, howToAct: true }]);
  }

  private async send(alert: AlertRecord, notices: Notice[]): Promise<void> {
    const deliveries: AlertDelivery[] = [];
    for (const notice of notices) {
      for (const target of notice.targets) deliveries.push(await this.deliver(alert, notice, target));
    }
    const known = new Set(alert.deliveries.map(key));
    await this.deps.escalation.locks.withLock(`alert:${alert.id}`, async () => {
      for (const delivery of deliveries.filter((d) => !known.has(key(d)))) await this.deps.escalation.alerts.addDelivery(alert.id, delivery);
    });
    const unreachable = deliveries.filter((d) => d.status !== 'sent').length;
    this.deps.log.info({ alert: alert.id, condition: alert.condition, sent: deliveries.length - unreachable, unreachable }, 'alert notified');
  }

  private async deliver(alert: AlertRecord, notice: Notice, target: Target): Promise<AlertDelivery> {
    const at = this.deps.clock.now();
    const base = { at, event: notice.event, role: target.role, personId: target.personId, contactId: target.contact?._id ?? null };
    const contact = target.contact;
    if (!contact?.lastChannel || !contact.lastAddress) return { ...base, status: 'unreachable' };
    if (contact.optedOut) return { ...base, status: 'opted_out' };
    const body = await renderMessage(this.deps, contact.lang, contact.timezone, notice.message);
    const text = notice.howToAct ? `${body}\n\n${this.deps.translate(contact.lang, 'alert.how_to_act')}` : body;
    await this.outbound.send({ contactId: contact._id, channel: contact.lastChannel, address: contact.lastAddress }, [{ text }], { kind: 'alert', ref: `alert|${alert.id}|${contact._id}|${notice.event}` });
    // A child's case pushed to staff is a staff read of that child's data: the access log has it.
    if (target.role !== 'parent') await logStaffNotice(this.deps.childAccess, { at, staffId: target.personId ?? contact._id, role: target.role, action: 'alert.notice', childIds: [alert.childId] });
    this.deps.log.debug({ alert: alert.id, contact: pseudonym(this.deps.logSecret, contact._id), event: notice.event }, 'alert message queued');
    return { ...base, status: 'sent' };
  }
}

function key(d: Pick<AlertDelivery, 'event' | 'role' | 'personId' | 'contactId'>): string {
  return `${d.event}|${d.role}|${d.personId ?? ''}|${d.contactId ?? ''}`;
}
