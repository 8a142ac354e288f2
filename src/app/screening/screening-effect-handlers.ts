import type { EffectHandlers } from '../effects/app-effect.js';
import { OutboundService } from '../outbound.js';
import type { ScreeningStore } from './screening-records.js';
import type { ContactStore } from '../contacts/contact-ports.js';
import type { ChannelDirectory, MessageStore, SendScheduler } from '../messages/message-ports.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';

/**
 * Applies `screening.record`: inserts the screening under its id (a no-op the second time), then sends
 * the person their results under a message id derived from the screening's, so a replayed commit
 * records no second message. A person who stopped messages (BERHENTI) still gets results they asked
 * the kader to send: it is their own health data, not a broadcast.
 *
 * @example
 * const commit = new TurnCommit(screeningHandlers(deps), …);
 */
export function screeningHandlers(deps: { screenings: ScreeningStore; contacts: ContactStore; messages: MessageStore; sends: SendScheduler; channels: ChannelDirectory; clock: Clock; log: Logger; logSecret: string }): EffectHandlers {
  const outbound = new OutboundService(deps);
  return {
    'screening.record': [
      async (effect) => {
        await deps.screenings.insert(effect.record);
        if (!effect.notice) return;
        const person = await deps.contacts.get(effect.notice.contactId);
        if (!person?.lastChannel || !person.lastAddress) return;
        await outbound.send({ contactId: person._id, channel: person.lastChannel, address: person.lastAddress }, [{ text: effect.notice.text }], { kind: 'notice', ref: `screening|${effect.id}` });
      },
    ],
    'screening.follow_up_done': [async (effect) => deps.screenings.closeFollowUp(effect.id)],
  };
}
