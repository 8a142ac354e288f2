import type { OutboundMessage } from '../../engine/index.js';
import { outboundId, OutboundService, type OutboxDeps } from '../outbound.js';
import type { Contact } from '../contacts/contact-records.js';
import type { OutboundKind } from '../messages/message-records.js';

/** Delivering a notice once: the outbox seam (`OutboxDeps`). */
export type DeliverDeps = OutboxDeps;

/**
 * Sends messages to a contact once per ref: the outbound ids derive from the ref, so a second run
 * finds the first run's record and only makes sure it is queued (a crash between recording and
 * queueing is finished, never repeated). Returns false when nothing new was recorded. `notBefore`
 * holds the messages back until then (the end of quiet hours).
 *
 * @example
 * await deliverOnce(deps, contact, [{ text }], 'reminder', `reminder|${key}|${contact._id}`);
 */
export async function deliverOnce(deps: DeliverDeps, contact: Contact, messages: readonly OutboundMessage[], kind: OutboundKind, ref: string, notBefore?: Date): Promise<boolean> {
  if (!contact.lastChannel || !contact.lastAddress || messages.length === 0) return false;
  const outbound = new OutboundService(deps);
  const known = await deps.messages.getOutbound(outboundId(ref, 0));
  if (known) {
    if (known.status === 'queued') await outbound.enqueue([known], notBefore);
    return false;
  }
  await outbound.send({ contactId: contact._id, channel: contact.lastChannel, address: contact.lastAddress }, messages, { kind, ref, ...(notBefore ? { notBefore } : {}) });
  return true;
}

/**
 * Whether a contact should hear unsolicited news from the bot at all: consented, not opted out.
 *
 * @example
 * reachable(contact); // false after BERHENTI
 */
export function reachable(contact: Contact): boolean {
  return contact.consentAt !== null && !contact.optedOut && contact.lastChannel !== null && contact.lastAddress !== null;
}
