import type { ContactUpdateEffect } from './contacts/contact-effects.js';
import { matchKeyword } from '../engine/index.js';
import type { Channel } from './channel-port.js';
import { originOf } from './contact-scope.js';
import { toContactView } from './contact-view.js';
import type { OutboundMessage } from '../engine/index.js';
import { OutboundService, type OutboxDeps, type Recipient } from './outbound.js';
import type { EngineAssets } from '../engine/index.js';
import type { ChildStore } from './children/child-ports.js';
import type { SessionStore } from './messages/conversation-ports.js';
import type { RegistryStore } from './registry/registry-ports.js';
import type { Contact } from './contacts/contact-records.js';
import type { InboundRecord } from './messages/message-records.js';

/**
 * The id of the one choice a channel shows as its "share my phone number" button (Telegram: a reply
 * keyboard button with `request_contact`). Only offered where the channel does not reveal phones.
 */
export const SHARE_PHONE_CHOICE = 'share-phone';

/** linked: this address now belongs to the contact that already had the phone; saved: the phone is now this contact's. */
export type PhoneLinkOutcome = 'linked' | 'saved' | 'same';

/**
 * One person on two channels is one contact: when someone shares their own phone number from a
 * channel that hides it (Telegram), their address joins the contact that already has that number
 * (from WhatsApp; the simulator's contacts are never joined, see contact-scope.ts), or the number is set on their contact so the staff registry
 * recognises them. Runs inside the conversation's one-at-a-time processing.
 *
 * @example
 * const outcome = await phones.link('telegram', '42', '+628111000002'); // 'linked'
 */
/** What linking a phone reads and changes, besides sending its confirmation. */
export type PhoneLinkDeps = OutboxDeps & { engine: EngineAssets; sessions: SessionStore; children: ChildStore; registry: RegistryStore };

export class PhoneLinkService {
  private readonly outbound: OutboundService;

  constructor(private readonly deps: PhoneLinkDeps) {
    this.outbound = new OutboundService(deps);
  }

  /** Call before the contact is looked up, so the lookup finds the linked contact. */
  async link(channel: string, address: string, phone: string): Promise<PhoneLinkOutcome> {
    const { contacts } = this.deps;
    const current = await contacts.findByAddress(channel, address);
    const owner = await contacts.findByPhone(phone, originOf(this.deps.channels.get(channel)));
    // A first message that shares the phone: the contact lookup with that phone links or creates.
    if (!current) return owner ? 'linked' : 'saved';
    if (current.phone === phone || owner?._id === current._id) return 'same';
    if (owner) {
      await contacts.moveAddress(channel, address, owner._id);
      await contacts.update(owner._id, { lastChannel: channel, lastAddress: address });
      await this.retire(current, owner._id);
      return 'linked';
    }
    await contacts.update(current._id, { phone });
    await this.recogniseStaff({ ...current, phone });
    return 'saved';
  }

  /** Tells the person what happened; the question they were answering, if any, still waits. */
  async confirm(contact: Contact, to: Recipient, outcome: PhoneLinkOutcome, inbound: Pick<InboundRecord, '_id'>): Promise<void> {
    const text = this.deps.engine.translate(contact.lang, `telegram.phone.${outcome}`);
    await this.outbound.send(to, [{ text }], { kind: 'reply', ref: inbound._id, inReplyTo: inbound._id });
  }

  /**
   * On a start command from a channel that hides phones, the share button to offer after the turn's
   * replies, so staff are recognised before onboarding asks the registry (see README.md#telegram).
   */
  offer(contact: Contact, inbound: Pick<InboundRecord, 'address' | 'text'>, channel: Channel | undefined): OutboundMessage | undefined {
    if (!channel || contact.phone || channel.phoneOf(inbound.address) !== null) return undefined;
    if (matchKeyword(inbound.text, this.deps.engine.keywords) !== 'start') return undefined;
    const { translate } = this.deps.engine;
    return { text: translate(contact.lang, 'telegram.phone.offer'), choices: [{ id: SHARE_PHONE_CHOICE, label: translate(contact.lang, 'telegram.phone.button') }] };
  }

  /** The channel-only contact is folded into the owner: its children keep a caregiver, the rest goes. */
  private async retire(current: Contact, ownerId: string): Promise<void> {
    if (current.phone !== null || (await this.deps.contacts.addresses(current._id)).length > 0) return;
    for (const child of await this.deps.children.ofCaregiver(current._id)) await this.deps.children.addCaregiver(child._id, ownerId);
    await this.deps.children.removeCaregiver(current._id);
    await this.deps.sessions.delete(current._id);
    await this.deps.contacts.erase(current._id);
  }

  /** Someone onboarded as a parent before sharing a registered staff phone gets their staff role now. */
  private async recogniseStaff(contact: Contact): Promise<void> {
    const { actions } = this.deps.engine;
    if (!actions.signature('registry.recognise') || contact.role !== 'parent') return;
    if (!contact.phone || !(await this.deps.registry.personByPhone(contact.phone))) return;
    const outcome = await actions.invoke('registry.recognise', { contact: toContactView(contact), vars: {}, args: {}, now: this.deps.clock.now(), translate: this.deps.engine.translate });
    // No turn runs here, so the action's contact change is stored at once (it only reads, like every action).
    for (const effect of outcome.effects ?? []) if (effect.type === 'contact.update') await this.deps.contacts.update(contact._id, (effect as ContactUpdateEffect).patch);
  }
}
