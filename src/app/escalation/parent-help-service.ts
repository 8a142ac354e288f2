import { openAlert, SEVERITIES, type ActorRef } from '../../domain/escalation/index.js';
import { parentHelpToFollowUp } from '../../domain/pusling/index.js';
import type { Lang } from '../../shared/lang.js';
import type { AlertRecord, Child } from '../records.js';
import { auditEntry } from './alert-changes.js';
import { AlertNotifier } from './alert-notifier.js';
import type { EscalationDeps } from './escalation-deps.js';
import { renderMessage } from './render-message.js';

export type HelpResult = { result: 'requested' | 'already'; text: string } | { result: 'denied' };

/**
 * A parent's call for help for a child with an open growth episode ("BANTUAN ANAK"). It becomes a
 * kader follow-up, never a Pusling request (`parentHelpToFollowUp`): stored as an alert of origin
 * `parent_request` at kader level, due when the follow-up is, so it shows in the kader's PERINGATAN
 * list, can be acknowledged and resolved, and escalates like any alert if nobody takes it.
 *
 * @example
 * await new ParentHelpService(deps).request('c-demo-parent', 'ch-sari', 'id'); // { result: 'requested', text: 'Terima kasih. Kader …' }
 */
export class ParentHelpService {
  constructor(private readonly deps: EscalationDeps) {}

  /** The caller's children that have an open episode. */
  async flaggedChildren(contactId: string): Promise<Child[]> {
    const mine = await this.deps.children.ofCaregiver(contactId);
    const flagged = [];
    for (const child of mine) if ((await this.deps.escalation.episodes.openOf(child._id)).length) flagged.push(child);
    return flagged;
  }

  async request(contactId: string, childId: string, lang: Lang): Promise<HelpResult> {
    const contact = await this.deps.contacts.get(contactId);
    const child = await this.deps.children.get(childId);
    if (!contact || contact.role !== 'parent' || !child?.caregiverIds.includes(contactId)) return { result: 'denied' };
    const { episodes, alerts, audit, jobs, locks, rules } = this.deps.escalation;
    const created = await locks.withLock(`child:${childId}`, async () => {
      const existing = await alerts.openParentRequest(childId);
      if (existing) return { alert: existing, fresh: false };
      const open = (await episodes.openOf(childId)).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
      const episode = open[0];
      if (!episode) return undefined;
      const now = this.deps.clock.now();
      const followUp = parentHelpToFollowUp({ parentId: contactId, childId, area: episode.area, requestedAt: now, flaggedConditions: open.map((e) => e.condition) });
      const by: ActorRef = { id: contactId, role: 'parent' };
      const base = openAlert(episode, rules, now, this.deps.ids.next('al'));
      const alert: AlertRecord = {
        ...base,
        severity: 'follow_up',
        notify: ['kader'],
        informLurah: false,
        familyAdvice: false,
        ackDueAt: followUp.dueAt,
        history: [{ ...base.history[0]!, by }],
        origin: 'parent_request',
        requestedBy: contactId,
        deliveries: [],
        updatedAt: now,
      };
      await alerts.insert(alert);
      await audit.record(auditEntry(alert, 0));
      await jobs.deadline(alert.id, alert.level, followUp.dueAt, now);
      await new AlertNotifier(this.deps).parentRequest(alert, followUp.kaderMessage);
      return { alert, fresh: true, reply: followUp.parentReply };
    });
    if (!created) return { result: 'denied' };
    const due = created.alert.ackDueAt ?? created.alert.openedAt;
    const reply = created.fresh && 'reply' in created && created.reply ? created.reply : { key: 'alert.help.already', params: {}, refs: { due: { kind: 'datetime' as const, id: due.toISOString() } } };
    return { result: created.fresh ? 'requested' : 'already', text: await renderMessage(this.deps, lang, contact.timezone, reply) };
  }
}
