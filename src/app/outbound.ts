import type { OutboundMessage } from '../engine/index.js';
import { AppError, isAppError } from '../shared/errors.js';
import { pseudonym, type Logger } from '../shared/logger.js';
import type { SendReceipt } from './channel-port.js';
import { byChat } from './outbound-order.js';
import { markUnreachable } from './reachability.js';
import type { OutboundKind, OutboundRecord } from './messages/message-records.js';
import { outboundId } from './messages/outbound-id.js';
import type { ChannelDirectory, MessageStore, SendScheduler } from './messages/message-ports.js';
import type { Clock } from '../shared/clock.js';
import type { ContactStore } from './contacts/contact-ports.js';
import type { OpsMetrics } from './ops/ops-metrics.js';
import type { FreshReplies } from './messages/fresh-replies.js';

export interface Recipient {
  contactId: string;
  channel: string;
  address: string;
}

export { outboundId } from './messages/outbound-id.js';

/**
 * The message a record holds, as channels take it.
 *
 * @example
 * messageOf(record); // { text: 'Pilih:', choices: [{ id: 'a', label: 'Ya' }], question: '1x9k3bq' }
 */
export function messageOf(record: OutboundRecord): OutboundMessage {
  return {
    text: record.text,
    ...(record.choices ? { choices: record.choices } : {}),
    ...(record.choices && record.question ? { question: record.question } : {}),
    ...(record.image ? { image: record.image } : {}),
  };
}

/**
 * What recording and sending messages needs: the shared outbox seam of every feature that sends.
 * Metrics are optional: the many use cases that only queue messages never deliver them.
 */
export interface OutboxDeps {
  messages: MessageStore;
  sends: SendScheduler;
  channels: ChannelDirectory;
  contacts: ContactStore;
  clock: Clock;
  log: Logger;
  logSecret: string;
  metrics?: OpsMetrics;
  /** A turn's replies, kept for their first delivery attempt in this process (see `FreshReplies`). */
  fresh?: FreshReplies;
}

/**
 * Records outbound messages and queues their delivery; later delivers one from the send worker.
 * A message is marked `sending` before the platform call and `sent` after, so a crash between the
 * two is visible and at most the in-flight messages can be sent twice.
 *
 * @example
 * await outbound.send({ contactId, channel: 'simulator', address: '+628111000001' }, messages, { kind: 'reply', ref: inboundId });
 */
export class OutboundService {
  constructor(private readonly deps: OutboxDeps) {}

  records(to: Recipient, messages: readonly OutboundMessage[], options: { kind: OutboundKind; ref: string; inReplyTo?: string }): OutboundRecord[] {
    const createdAt = this.deps.clock.now();
    return messages.map((message, index) => ({
      _id: outboundId(options.ref, index),
      contactId: to.contactId,
      channel: to.channel,
      address: to.address,
      kind: options.kind,
      text: message.text,
      choices: message.choices ?? null,
      ...(message.choices && message.question ? { question: message.question } : {}),
      image: message.image ?? null,
      inReplyTo: options.inReplyTo ?? null,
      status: 'queued',
      error: null,
      createdAt,
      seq: index,
      sentAt: null,
    }));
  }

  /** `notBefore` holds the messages back until then (news that should not arrive in quiet hours). */
  async send(to: Recipient, messages: readonly OutboundMessage[], options: { kind: OutboundKind; ref: string; inReplyTo?: string; notBefore?: Date }): Promise<string[]> {
    const records = this.records(to, messages, options);
    await this.deps.messages.recordOutbound(records);
    await this.enqueue(records, options.notBefore);
    return records.map((r) => r._id);
  }

  /**
   * Queues records in their order into their chats' outboxes, so each chat reads them in that order.
   * `fresh`: the turn recorded them just now, unsent; their first attempt need not read them back.
   */
  async enqueue(records: readonly OutboundRecord[], notBefore?: Date, options: { fresh?: boolean } = {}): Promise<void> {
    if (options.fresh) this.deps.fresh?.keep(records);
    const delayMs = notBefore ? Math.max(0, notBefore.getTime() - this.deps.clock.now().getTime()) : 0;
    for (const { channel, address, ids } of byChat(records)) await this.deps.sends.enqueue(channel, address, ids, delayMs);
  }

  /** The send queue tried a message for the last time: it is failed, so its chat moves on. */
  async giveUp(id: string, reason: string): Promise<void> {
    await this.deps.messages.markOutbound(id, 'failed', this.deps.clock.now(), `gave up: ${reason}`);
  }

  /**
   * Called by a channel's send worker: one read-and-mark before the platform call, one mark after. A
   * turn's reply on its first attempt in the process that recorded it is not read back: it cannot have
   * been sent yet, and a crash before its mark leaves it `queued`, so the retry sends it, as it would one
   * left `sending`.
   */
  async deliver(id: string): Promise<void> {
    const record = this.deps.fresh?.take(id) ?? (await this.deps.messages.startSending(id));
    if (!record) return;
    const channel = this.deps.channels.get(record.channel);
    if (!channel) {
      const message = `No channel "${record.channel}" is configured; enable it or drop the message.`;
      await this.deps.messages.markOutbound(id, 'failed', this.deps.clock.now(), message);
      throw new AppError('CHANNEL_PERMANENT_FAILURE', message, { id });
    }
    if (record.status === 'sending') {
      this.deps.log.warn({ outbound: id, contact: pseudonym(this.deps.logSecret, record.contactId) }, 'resending a message that was in flight at a crash');
    }
    let receipt: SendReceipt;
    try {
      receipt = await channel.send(record.address, messageOf(record), { kind: record.kind });
    } catch (error) {
      if (isAppError(error, 'CHANNEL_PERMANENT_FAILURE')) {
        this.deps.metrics?.record({ kind: 'refused', channel: record.channel });
        const now = this.deps.clock.now();
        await this.deps.messages.markOutbound(id, 'failed', now, error.message);
        // A refused address (blocked, chat gone) is marked so broadcasts skip it; a refused message is not the address's fault.
        const contact = error.context.scope === 'message' ? null : await this.deps.contacts.get(record.contactId);
        if (contact) await this.deps.contacts.update(contact._id, { unreachable: markUnreachable(contact, record.channel, record.address, error.message, now) });
      }
      throw error;
    }
    await this.deps.messages.markSent(id, this.deps.clock.now(), receipt.platformId);
    this.deps.metrics?.record({ kind: 'out', channel: record.channel });
  }
}
