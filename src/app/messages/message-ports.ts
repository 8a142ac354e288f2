import type { Channel } from '../channel-port.js';
import type { DeliveryStatus, InboundRecord, OutboundRecord, OutboundStatus } from './message-records.js';

export interface MessageStore {
  acceptInbound(doc: Omit<InboundRecord, 'status' | 'processedAt'>): Promise<boolean>;
  /** `processed` once the message's turn recorded its first reply (a turn marks only a message it did not answer). */
  getInbound(id: string): Promise<InboundRecord | null>;
  /** The record with the status written on it: `queued` until set aside or marked. */
  recordedInbound(id: string): Promise<InboundRecord | null>;
  markInbound(id: string, status: 'processed' | 'failed', at: Date, replyIds?: readonly string[]): Promise<void>;
  recordOutbound(docs: OutboundRecord[]): Promise<void>;
  markOutbound(id: string, status: OutboundStatus, at: Date, error?: string): Promise<void>;
  /** Marks a message `sending` and returns it as it was, in one round trip; null when unknown, sent or dropped. */
  startSending(id: string): Promise<OutboundRecord | null>;
  /** `sent`, with the platform's id when it gave one (its delivery receipts find the message by it). */
  markSent(id: string, at: Date, platformId?: string): Promise<void>;
  /** Keeps the platform's id of a sent message, so its delivery receipts find it. */
  notePlatformId(id: string, platformId: string): Promise<void>;
  /** Applies a delivery receipt unless it moves the status backwards; false when ignored or unknown. */
  recordDelivery(channel: string, platformId: string, status: DeliveryStatus, at: Date, error?: string): Promise<boolean>;
  getOutbound(id: string): Promise<OutboundRecord | null>;
  repliesTo(inboundId: string): Promise<OutboundRecord[]>;
  outboundFor(contactId: string): Promise<OutboundRecord[]>;
  /** Erases a contact's chat history but the turn `keepTurn` (the erasing message and its goodbye, still being handled). */
  eraseFor(contactId: string, addresses: Array<{ channel: string; address: string }>, keepTurn?: string): Promise<void>;
  /** Erases one inbound message: the erasing turn's own, last of all. */
  eraseInbound(id: string): Promise<void>;
}

/**
 * Queues messages for one chat (channel and address). A chat's messages reach it strictly in the
 * order they were queued, one turn's before the next's (held ones, after `delayMs`, in their turn).
 */
export interface SendScheduler {
  enqueue(channel: string, chat: string, outboundIds: readonly string[], delayMs?: number): Promise<void>;
  /** Many chats at once, each in its given order, nothing held back: a broadcast batch in a few round trips. */
  enqueueMany(chats: ReadonlyArray<{ channel: string; address: string; ids: readonly string[] }>): Promise<void>;
}

/**
 * How many replies a chat may get in a window. `send`: within the limit. `note`: the first turn over
 * it, answered with one note instead. `drop`: later turns in the same window get no reply.
 */
export type ReplyAllowance = 'send' | 'note' | 'drop';

/** Counts replies per chat (channel and address), shared by every worker. */
export interface ReplyLimiter {
  readonly windowMs: number;
  admit(chat: string, replies: number): Promise<ReplyAllowance>;
}

/** A reply as the person reads it. */
export type ReplyView = Pick<OutboundRecord, 'text' | 'choices' | 'question' | 'image'>;

/** A message for a pub/sub channel: a `ProcessedNotifier`'s telling, published by whoever holds it. */
export interface ProcessedNotice {
  channel: string;
  message: string;
}

/**
 * Tells whoever waits for an inbound message (the simulator's request) that it was handled, with its
 * replies, so the waiter reads nothing. `wait` is called before the message is queued; `read` is the
 * waiter's own look at storage when no signal came.
 */
export interface ProcessedNotifier {
  publish(id: string, replies: readonly ReplyView[]): Promise<void>;
  /**
   * The same telling as data, for the queue to publish in the very step that removes the handled
   * item (no round trip of its own; see `InboxProcessor`).
   */
  notice(id: string, replies: readonly ReplyView[]): ProcessedNotice;
  wait(id: string, timeoutMs: number, read: () => Promise<ReplyView[] | null>): Promise<ReplyView[] | null>;
}

export interface ChannelDirectory {
  get(name: string): Channel | undefined;
  names(): string[];
}
