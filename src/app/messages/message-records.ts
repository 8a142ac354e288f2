export type InboundStatus = 'queued' | 'processed' | 'failed';

/** An inbound message; its id (channel:platform id) makes a redelivery a duplicate key. */
export interface InboundRecord {
  _id: string;
  channel: string;
  address: string;
  platformId: string;
  text: string;
  receivedAt: Date;
  /** Set when the sender shared their own phone number (Telegram contact button). */
  sharedPhone?: string | null;
  /** A tapped button's question id (see `InboundMessage.question`). */
  question?: string | null;
  /** A photo or file came with the message. */
  attachment?: 'photo' | 'document' | null;
  status: InboundStatus;
  processedAt: Date | null;
  /** The replies' ids in order, so they are read by id (every store answers that fast). */
  replyIds?: string[];
}

export type OutboundKind = 'reply' | 'reminder' | 'broadcast' | 'alert' | 'notice';

/** `dropped`: never sent on purpose (the chat went over its reply limit); the record says what it would have been. */
export type OutboundStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'dropped';

/** A message the bot sends; recorded before it is queued so nothing is sent unrecorded. */
export interface OutboundRecord {
  _id: string;
  contactId: string;
  channel: string;
  address: string;
  kind: OutboundKind;
  text: string;
  choices: Array<{ id: string; label: string }> | null;
  /** The open question the choices answer, for the buttons' payloads. */
  question?: string | null;
  image: string | null;
  inReplyTo: string | null;
  status: OutboundStatus;
  error: string | null;
  createdAt: Date;
  /** Orders messages created in the same millisecond. */
  seq: number;
  sentAt: Date | null;
  /** The platform's id for the sent message (a WhatsApp wamid), to match delivery receipts. */
  platformId?: string | null;
  /** What the platform reported after sending; never moves backwards (read > delivered > sent). */
  deliveryStatus?: DeliveryStatus | null;
  /** The platform's error code when `deliveryStatus` is failed. */
  deliveryError?: string | null;
  deliveryAt?: Date | null;
  /** The broadcast a message belongs to, so its progress is one query. */
  broadcastId?: string | null;
}

/** A platform's delivery receipt (WhatsApp Cloud API statuses). */
export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';
