import type { Lang } from '../shared/lang.js';
import type { Json, Role, Vars } from './definition/types.js';
import type { TurnEffect } from './types.js';

/** Where a contact is in a flow. Sessions pin the flow revision they started with. */
export interface Frame {
  flow: string;
  revision: string;
  step: string;
  /** Opened over the caller's open question (HAPUS DATA while registering): when it returns, that question is asked again. */
  over?: true;
}

/** A question waiting for its answer. The token ties a timeout job to this one question. */
export interface Wait {
  token: string;
  attempts: number;
  expiresAt: string;
  /**
   * Set while the bot asks whether a reply was meant for another flow ("Sepertinya ini hasil timbang.
   * Mau lapor hasil timbang?"): that flow, its reader, and the reply, kept until the person says which.
   */
  offer?: Offer;
}

/** A reply that fits the open question but that another flow's reader also recognises. */
export interface Offer {
  flow: string;
  reads: string;
  text: string;
}

/**
 * Everything the engine needs to continue a conversation; stored as one document per contact.
 *
 * @example
 * const session = newSession('c_1', 'id'); // idle: empty stack, no wait
 */
export interface SessionState {
  contactId: string;
  lang: Lang;
  stack: Frame[];
  vars: Vars;
  wait?: Wait;
  /** Counts issued wait tokens, so tokens are unique and stable in golden transcripts. */
  seq: number;
  /** The id of the last input this session has taken in; the caller uses it to make redelivery harmless. */
  lastRef?: string;
  /**
   * The effects of the turn `lastRef` names, saved with it in one write: a redelivery of that turn
   * applies them again (each is idempotent by its id) instead of running the turn anew.
   */
  effects?: TurnEffect[];
}

export function newSession(contactId: string, lang: Lang): SessionState {
  return { contactId, lang, stack: [], vars: {}, seq: 0 };
}

/** The part of a contact the engine reads; changes go out as effects or action outcomes. */
export interface ContactView {
  id: string;
  lang: Lang;
  role: Role | null;
  consented: boolean;
  optedOut: boolean;
  timezone: string;
  /** Non-personal facts flows may branch on (posyandu id, number of children…). */
  facts: Record<string, Json>;
}
