import { openAlert, SEVERITIES, type ActorRef } from '../../domain/escalation/index.js';
import { parentHelpToFollowUp } from '../../domain/pusling/index.js';
import type { Asker } from '../contacts/asker.js';
import type { Lang } from '../../shared/lang.js';
import type { AlertRecord } from './escalation-records.js';
import type { Child } from '../children/child-records.js';
import { effectId } from '../effects/effect-id.js';
import type { EscalationReads } from './escalation-deps.js';
import type { ParentRequestEffect } from './parent-help-effects.js';
import { renderMessage } from './render-message.js';

export type HelpResult = { result: 'already'; text: string } | { result: 'requested'; text: string; effects: ParentRequestEffect[] } | { result: 'denied' };

/**
 * A parent's call for help for a child with an open growth episode ("BANTUAN ANAK"). It becomes a
 * kader follow-up, never a Pusling request (`parentHelpToFollowUp`): stored as an alert of origin
 * `parent_request` at kader level, due when the follow-up is, so it shows in the kader's PERINGATAN
 * list, can be acknowledged and resolved, and escalates like any alert if nobody takes it. The
 * commit stores it and tells the kader (`parentHelpHandlers`).
 *
 * @example
 * await new ParentHelpService(deps).request(asker, 'ch-sari', 'id', ref, now); // { result: 'requested', text: 'Terima kasih. Kader …', effects }
 */
export class ParentHelpService {
  constructor(private readonly deps: EscalationReads) {}

  /** The caller's children that have an open episode. */
  async flaggedChildren(contactId: string): Promise<Child[]> {
    const mine = await this.deps.children.ofCaregiver(contactId);
    const flagged = [];
    for (const child of mine) if ((await this.deps.escalation.episodes.openOf(child._id)).length) flagged.push(child);
    return flagged;
  }

  /**
   * Plans the call for help: reads the caller, the child and its open episodes, and returns the
   * reply with the effect that stores and sends it (`alert.parent_request`, its alert id derived from
   * `ref`). A call already open for the child is answered as such and changes nothing. Reads only.
   */
  async request(asker: Asker | null, childId: string, lang: Lang, ref: string, now: Date): Promise<HelpResult> {
    const contact = asker?.actor.role === 'parent' ? asker.contact : null;
    const child = await this.deps.children.get(childId);
    if (!contact || !child?.caregiverIds.includes(contact._id)) return { result: 'denied' };
    const contactId = contact._id;
    const { episodes, alerts, rules } = this.deps.escalation;
    const existing = await alerts.openParentRequest(childId);
    if (existing) {
      const reply = { key: 'alert.help.already', params: {}, refs: { due: { kind: 'datetime' as const, id: (existing.ackDueAt ?? existing.openedAt).toISOString() } } };
      return { result: 'already', text: await renderMessage(this.deps, lang, contact.timezone, reply) };
    }
    const open = (await episodes.openOf(childId)).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    const episode = open[0];
    if (!episode) return { result: 'denied' };
    const followUp = parentHelpToFollowUp({ parentId: contactId, childId, area: episode.area, requestedAt: now, flaggedConditions: open.map((e) => e.condition) });
    const by: ActorRef = { id: contactId, role: 'parent' };
    const base = openAlert(episode, rules, now, effectId('al', `help|${ref}`));
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
    const effect: ParentRequestEffect = { type: 'alert.parent_request', id: alert.id, alert, kaderMessage: followUp.kaderMessage };
    return { result: 'requested', text: await renderMessage(this.deps, lang, contact.timezone, followUp.parentReply), effects: [effect] };
  }
}
