import type { EffectHandlers } from '../effects/app-effect.js';
import { WITHDRAWN } from '../rights/consent-withdrawal.js';
import type { EscalationPorts } from '../escalation/escalation-ports.js';
import type { ContactStore } from './contact-ports.js';
import type { ChildStore } from '../children/child-ports.js';
import type { MessageStore } from '../messages/message-ports.js';
import type { SessionStore } from '../messages/conversation-ports.js';
import type { ScreeningStore } from '../screening/screening-records.js';
import type { PregnancyStore } from '../pregnancy/pregnancy-records.js';

type ContactWrites = { contacts: ContactStore; children: ChildStore; messages: MessageStore; sessions: SessionStore; screenings: ScreeningStore; pregnancies: PregnancyStore } & { escalation: Pick<EscalationPorts, 'audit'> };

/**
 * Applies the contact's effects: `contact.update` sets its patch, STOP and MULAI set the opt-out, and
 * `contact.erase` erases (all of it, or all but what a withdrawn contact keeps). Each changes nothing
 * the second time: a patch set again is the same, an erased contact has nothing left to erase, and
 * the audit entry's id is the effect's.
 *
 * @example
 * const commit = new TurnCommit(contactHandlers(deps), …);
 */
export function contactHandlers(deps: ContactWrites): EffectHandlers {
  return {
    'contact.update': [async (effect, turn) => deps.contacts.update(turn.contactId, effect.patch)],
    opt_out: [async (_effect, turn) => deps.contacts.update(turn.contactId, { optedOut: true })],
    opt_in: [async (_effect, turn) => deps.contacts.update(turn.contactId, { optedOut: false })],
    'contact.erase': [
      async (effect, turn) => {
        const addresses = await deps.contacts.addresses(turn.contactId);
        await deps.children.removeCaregiver(turn.contactId);
        // Their own health data (screenings, a registered pregnancy) goes with the consent it rested on.
        await deps.screenings.eraseOf(turn.contactId);
        await deps.pregnancies.erase(turn.contactId);
        // The turn's own message and replies (the goodbye) stay until the end: a crash in between
        // redelivers the message, which finds the contact and the saved session and applies this again.
        await deps.messages.eraseFor(turn.contactId, addresses, turn.ref);
        if (effect.keep === 'nothing') await deps.contacts.erase(turn.contactId);
        else {
          await deps.contacts.update(turn.contactId, WITHDRAWN);
          await deps.escalation.audit.record({ _id: `aud-${effect.id}`, at: turn.now, actor: turn.contactId, action: 'consent.withdraw', subject: turn.contactId, data: { ...effect.counts } });
        }
        await deps.sessions.delete(turn.contactId);
        if (turn.ref !== undefined) await deps.messages.eraseInbound(turn.ref);
      },
    ],
  };
}
