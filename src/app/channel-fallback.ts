import { isAppError } from '../shared/errors.js';
import { messageOf, type OutboundService } from './outbound.js';
import type { ChannelDirectory, MessageStore } from './messages/message-ports.js';
import type { ContactStore } from './contacts/contact-ports.js';
import type { Clock } from '../shared/clock.js';

export interface Address {
  channel: string;
  address: string;
}

/** Channels tried, in order, when a contact's channel is down. */
export const FALLBACK_ORDER = ['telegram'] as const;

/**
 * Another address of the same contact on a configured channel, in `order`; null when there is none
 * (then the message simply waits for its own channel).
 *
 * @example
 * pickFallbackAddress([{ channel: 'whatsapp-baileys', address: 'x' }, { channel: 'telegram', address: '42' }], 'whatsapp-baileys', ['telegram']);
 * // { channel: 'telegram', address: '42' }
 */
export function pickFallbackAddress(addresses: readonly Address[], down: string, configured: readonly string[], order: readonly string[] = FALLBACK_ORDER): Address | null {
  for (const channel of order) {
    if (channel === down || !configured.includes(channel)) continue;
    const found = addresses.find((a) => a.channel === channel);
    if (found) return { channel: found.channel, address: found.address };
  }
  return null;
}

/** A send that failed because its channel's session is down (not because of the message). */
export function isChannelDown(error: unknown): boolean {
  return isAppError(error, 'CHANNEL_SEND_FAILED') && error.context.reason === 'channel-down';
}

/**
 * Delivers one outbound message; when its channel is down and the contact has an address on another
 * configured channel, records a copy there, queues it and marks the original failed. Otherwise the
 * error goes back to the send queue, which retries with backoff.
 *
 * @example
 * await deliverWithFallback(deps, outbound, 'out_abc_0');
 */
export async function deliverWithFallback(deps: { messages: MessageStore; contacts: ContactStore; channels: ChannelDirectory; clock: Clock }, outbound: Pick<OutboundService, 'deliver' | 'records' | 'enqueue'>, id: string): Promise<void> {
  try {
    await outbound.deliver(id);
  } catch (error) {
    if (!isChannelDown(error)) throw error;
    const record = await deps.messages.getOutbound(id);
    if (!record) throw error;
    const other = pickFallbackAddress(await deps.contacts.addresses(record.contactId), record.channel, deps.channels.names());
    if (!other) throw error;
    const message = messageOf(record);
    // No inReplyTo: a redone turn re-queues its replies, and the copy is already queued.
    const copies = outbound.records({ contactId: record.contactId, ...other }, [message], { kind: record.kind, ref: `fallback:${id}` });
    await deps.messages.recordOutbound(copies);
    await deps.messages.markOutbound(id, 'failed', deps.clock.now(), `${record.channel} down; sent by ${other.channel}`);
    await outbound.enqueue(copies);
  }
}
