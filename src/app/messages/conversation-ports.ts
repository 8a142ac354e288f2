import type { SessionState } from '../../engine/index.js';
import type { InboundRecord } from './message-records.js';

/** Conversation sessions, one per contact: what the engine resumes from. */
export interface SessionStore {
  load(contactId: string): Promise<SessionState | null>;
  save(state: SessionState, at: Date): Promise<void>;
  delete(contactId: string): Promise<void>;
}

/**
 * An inbound message as its inbox item carries it, so the worker's turn needs no read of the
 * recorded message (the queue layer seals it: it holds a phone number and what the person wrote).
 */
export type CarriedMessage = Pick<InboundRecord, 'channel' | 'address' | 'text' | 'receivedAt' | 'sharedPhone' | 'question' | 'attachment'>;

/** What waits in a conversation's inbox. A message without `message` is read from the store. */
export type ConversationItem =
  | { kind: 'message'; inboundId: string; message?: CarriedMessage }
  | { kind: 'timeout'; contactId: string; token: string }
  | { kind: 'start'; contactId: string; flow: string; vars?: Record<string, unknown>; ref: string };

export interface ConversationQueue {
  enqueue(key: string, item: ConversationItem, ref: string): Promise<void>;
}

export interface TimeoutScheduler {
  schedule(job: { contactId: string; token: string }, at: Date, now: Date): Promise<void>;
}
