import type { Attachment, OutboundMessage } from '../engine/index.js';
import type { OutboundKind } from './messages/message-records.js';

export type { OutboundMessage } from '../engine/index.js';

/** A message as every channel hands it over: who, what, the platform's id for it, and when. */
export interface InboundMessage {
  channel: string;
  /** The channel's own address for the contact (chat id, JID, phone). */
  address: string;
  platformId: string;
  text: string;
  receivedAt: Date;
  /** The sender's own phone (E.164) when they shared it on purpose (Telegram's contact button). */
  sharedPhone?: string;
  /** For a tapped button: the id of the question it was shown with (`questionIdOf`); `text` is the choice's number. */
  question?: string;
  /** A photo or file came with the message; `text` is its caption (or empty). */
  attachment?: Attachment;
}

/** What a channel may need to know about a send beyond the message (WhatsApp's 24-hour rule). */
export interface SendContext {
  kind: OutboundKind;
}

export interface SendReceipt {
  platformId?: string;
}

/** Per channel account: its rate limit, for the send queue's limiter. */
export interface SendLimits {
  max: number;
  durationMs: number;
  /** Sends in flight at once per worker; a channel that paces per chat by waiting needs more. */
  concurrency?: number;
}

/**
 * What every channel provides: turn its raw inbound payload into normalised messages, and show an
 * outbound message as well as the channel can (buttons, numbered text, photos). Adapters live in
 * `src/channels`; the use cases only see this port.
 *
 * @example
 * const messages = simulator.parse({ from: '+628111000001', text: 'MENU' }, new Date());
 * await simulator.send('+628111000001', { text: 'Halo', choices: [{ id: 'a', label: 'Ya' }] });
 */
export interface Channel<Raw = unknown> {
  readonly name: string;
  readonly limits: SendLimits;
  parse(raw: Raw, receivedAt: Date): InboundMessage[];
  send(address: string, message: OutboundMessage, context?: SendContext): Promise<SendReceipt>;
  /** The E.164 phone number behind an address, when the channel reveals it. */
  phoneOf(address: string): string | null;
  /**
   * True for a channel anyone holding its token can speak on as any number (the simulator): a new
   * address never joins, by phone, a contact that another channel created.
   */
  readonly keepsOwnContacts?: boolean;
}
