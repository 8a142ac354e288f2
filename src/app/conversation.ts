import { runEngine, newSession, type EngineInput, type EngineResult, type OutboundMessage, type SessionState } from '../engine/index.js';
import type { InboundMessage } from './channel-port.js';
import { pseudonym } from '../shared/logger.js';
import { originOf } from './contact-scope.js';
import { appEffects, type AppEffect } from './effects/app-effect.js';
import { turnCommit, type CommitDeps } from './effects/commit-handlers.js';
import type { TurnCommit } from './effects/turn-commit.js';
import { erasesContact } from './contacts/contact-effects.js';
import { toContactView } from './contact-view.js';
import { PhoneLinkService, type PhoneLinkDeps } from './link-phone.js';
import { OutboundService, type OutboxDeps, type Recipient } from './outbound.js';
import type { CarriedMessage, ConversationItem, ConversationQueue } from './messages/conversation-ports.js';
import type { AppDefaults } from './app-defaults.js';
import type { ProcessedNotice, ProcessedNotifier, ReplyLimiter } from './messages/message-ports.js';
import type { OpsMetrics } from './ops/ops-metrics.js';
import type { IdGenerator } from '../shared/ids.js';
import { reachableAgain } from './reachability.js';
import { limitReplies } from './reply-limit.js';
import type { Contact } from './contacts/contact-records.js';
import type { InboundRecord, OutboundRecord } from './messages/message-records.js';

/** The conversation key: one ordered inbox per channel address. */
export function conversationKey(channel: string, address: string): string {
  return `${channel}:${address}`;
}

/** The id an inbound message is recorded under: a redelivery of the same platform message has the same. */
export function inboundId(message: Pick<InboundMessage, 'channel' | 'platformId'>): string {
  return `${message.channel}:${message.platformId}`;
}

/**
 * What a turn needs around the engine: the inbox and its signals, the outbox, linking phones, and
 * the commit's ports (each feature's handlers declare theirs).
 */
export type ConversationDeps = OutboxDeps &
  PhoneLinkDeps &
  CommitDeps & { ids: IdGenerator; defaults: AppDefaults; conversations: ConversationQueue; processed: ProcessedNotifier; replyLimiter: ReplyLimiter; metrics: OpsMetrics };

/**
 * The inbound use cases: accept a message once, and process conversation items one at a time per
 * contact (the queue layer guarantees the one-at-a-time).
 *
 * @example
 * const { id, duplicate } = await conversations.accept(message);
 */
export class ConversationService {
  private readonly outbound: OutboundService;
  private readonly phones: PhoneLinkService;
  private readonly effects: TurnCommit;

  constructor(private readonly deps: ConversationDeps) {
    this.outbound = new OutboundService(deps);
    this.phones = new PhoneLinkService(deps);
    this.effects = turnCommit(deps);
  }

  /**
   * Records and enqueues an inbound message; a redelivery of the same platform message is a no-op,
   * unless the message is still waiting: then whoever recorded it may have died before queueing it
   * (the platform saw no 200), so it is queued again. A second copy is harmless: a message is
   * processed only while `queued`.
   */
  async accept(message: InboundMessage): Promise<{ id: string; duplicate: boolean }> {
    const id = inboundId(message);
    const carried: CarriedMessage = {
      channel: message.channel,
      address: message.address,
      text: message.text,
      receivedAt: message.receivedAt,
      ...(message.sharedPhone ? { sharedPhone: message.sharedPhone } : {}),
      ...(message.question !== undefined ? { question: message.question } : {}),
      ...(message.attachment ? { attachment: message.attachment } : {}),
    };
    const fresh = await this.deps.messages.acceptInbound({ _id: id, platformId: message.platformId, ...carried });
    if (fresh) this.deps.metrics.record({ kind: 'in', channel: message.channel });
    const waiting = fresh || (await this.deps.messages.getInbound(id))?.status === 'queued';
    // The item carries the message, so the turn reads no record of it (see processMessage).
    if (waiting) await this.deps.conversations.enqueue(conversationKey(message.channel, message.address), { kind: 'message', inboundId: id, message: carried }, id);
    return { id, duplicate: !fresh };
  }

  /** Wakes a waiting question whose time is up, in order with the contact's messages. */
  async timeout(job: { contactId: string; token: string }): Promise<void> {
    const contact = await this.deps.contacts.get(job.contactId);
    if (!contact?.lastChannel || !contact.lastAddress) return;
    await this.deps.conversations.enqueue(conversationKey(contact.lastChannel, contact.lastAddress), { kind: 'timeout', ...job }, `timeout:${job.token}`);
  }

  /** Starts a flow for a contact from outside a conversation (an alert to act on, a follow-up). */
  async start(contactId: string, flow: string, vars: Record<string, unknown>, ref: string): Promise<boolean> {
    const contact = await this.deps.contacts.get(contactId);
    if (!contact?.lastChannel || !contact.lastAddress) return false;
    await this.deps.conversations.enqueue(conversationKey(contact.lastChannel, contact.lastAddress), { kind: 'start', contactId, flow, vars, ref }, ref);
    return true;
  }

  /**
   * Handles one item; for a message, returns the telling of its waiter, for the queue to publish in
   * the step that removes the item (the waiter's next message then finds it gone).
   */
  async process(_key: string, item: ConversationItem): Promise<ProcessedNotice | void> {
    const stop = this.deps.metrics.startTurn();
    try {
      return await this.processItem(item);
    } finally {
      stop();
    }
  }

  private async processItem(item: ConversationItem): Promise<ProcessedNotice | void> {
    if (item.kind === 'message') return this.processMessage(item.inboundId, item.message);
    const found = await this.deps.contacts.getWithSession(item.contactId);
    const contact = found?.contact;
    if (!found || !contact?.lastChannel || !contact.lastAddress) return;
    const to = { contactId: contact._id, channel: contact.lastChannel, address: contact.lastAddress };
    const input: EngineInput = item.kind === 'timeout' ? { type: 'timeout', token: item.token } : { type: 'start', flow: item.flow, vars: (item.vars ?? {}) as never };
    const ref = item.kind === 'timeout' ? `timeout:${item.token}` : item.ref;
    await this.turn(contact, input, ref, to, undefined, [], undefined, found.session);
  }

  /**
   * An item that kept failing leaves the line so the contact's next messages are handled: a message
   * is marked failed (operators find it by status) and its sender is told, kindly, to try again.
   */
  async setAside(item: ConversationItem, error: unknown): Promise<void> {
    const ref = item.kind === 'message' ? item.inboundId : item.kind === 'timeout' ? `timeout:${item.token}` : item.ref;
    this.deps.log.error({ err: error, item: item.kind, ref: pseudonym(this.deps.logSecret, ref) }, 'conversation item set aside after repeated failures (messages: GET /api/admin/inbox/failed)');
    if (item.kind !== 'message') return;
    // As recorded: a turn that failed after recording its replies left them unsent, and its sender still needs a word.
    const inbound = await this.deps.messages.recordedInbound(item.inboundId);
    if (!inbound || inbound.status !== 'queued') return;
    // No contact means the turn failed before one was made: a note would be a record nobody's erasure finds.
    const contact = await this.deps.contacts.findByAddress(inbound.channel, inbound.address);
    const to = contact && { contactId: contact._id, channel: inbound.channel, address: inbound.address };
    const text = this.deps.engine.translate(contact?.lang ?? this.deps.defaults.lang, 'inbox.set_aside');
    const note = to ? this.outbound.records(to, [{ text }], { kind: 'reply', ref: `set-aside:${inbound._id}`, inReplyTo: inbound._id }) : [];
    await this.deps.messages.recordOutbound(note);
    await this.outbound.enqueue(note);
    await this.deps.messages.markInbound(inbound._id, 'failed', this.deps.clock.now(), note.map((r) => r._id));
    await this.deps.processed.publish(inbound._id, note);
  }

  /**
   * The record is read only when the item does not carry the message, or when the turn could not
   * tell a message handled before: a copy of an item that waits is never queued (the inbox keeps
   * one per ref), and an item handled again after a crash finds `lastRef` on its session; but a
   * linked phone saves no session, and a contact gone (erased) or not yet made has none. A record
   * gone was erased by its own turn (HAPUS DATA) and the item handed out again: the replies went out
   * with that turn, so whoever waits on it hears there is nothing more.
   */
  private async processMessage(inboundId: string, carried: CarriedMessage | undefined): Promise<ProcessedNotice | void> {
    const stored = async (): Promise<InboundRecord | 'gone' | 'done'> => {
      const record = await this.deps.messages.getInbound(inboundId);
      if (!record) return 'gone';
      if (record.status === 'queued') return record;
      await this.resend(inboundId);
      return 'done';
    };
    const gone = this.deps.processed.notice(inboundId, []);
    let inbound: Pick<InboundRecord, '_id'> & CarriedMessage;
    if (carried && !carried.sharedPhone) inbound = { _id: inboundId, ...carried };
    else {
      const record = await stored();
      if (record === 'gone') return gone;
      if (record === 'done') return;
      inbound = record;
    }
    const channel = this.deps.channels.get(inbound.channel);
    const linked = inbound.sharedPhone ? await this.phones.link(inbound.channel, inbound.address, inbound.sharedPhone) : undefined;
    // A known address is reads by _id, the session coming with its contact; the phone (lookups by
    // other fields) matters only to a new one. A linked phone changed the contact: read it afresh.
    const found = linked ? null : await this.deps.contacts.findByAddressWithSession(inbound.channel, inbound.address);
    const known = found?.contact ?? (linked ? await this.deps.contacts.findByAddress(inbound.channel, inbound.address) : null);
    if (!known && carried) {
      const record = await stored();
      if (record === 'gone') return gone;
      if (record === 'done') return;
    }
    const contact = known ?? (await this.deps.contacts.findOrCreate(
      { channel: inbound.channel, address: inbound.address, phone: inbound.sharedPhone ?? channel?.phoneOf(inbound.address) ?? null, origin: originOf(channel) },
      { id: this.deps.ids.next('c'), lang: this.deps.defaults.lang, timezone: this.deps.defaults.timezone },
    ));
    const reachable = reachableAgain(contact, inbound.channel, inbound.address);
    if (contact.lastChannel !== inbound.channel || contact.lastAddress !== inbound.address || reachable.unreachable) {
      await this.deps.contacts.update(contact._id, { lastChannel: inbound.channel, lastAddress: inbound.address, ...reachable });
    }
    const to = { contactId: contact._id, channel: inbound.channel, address: inbound.address };
    let replies: readonly OutboundRecord[] | undefined;
    if (linked) await this.phones.confirm(contact, to, linked, inbound);
    else {
      const offer = this.phones.offer(contact, inbound, channel);
      const input: EngineInput = { type: 'message', text: inbound.text, ...(typeof inbound.question === 'string' ? { question: inbound.question } : {}), ...(inbound.attachment ? { attachment: inbound.attachment } : {}) };
      // A carried message meets no session when its own turn erased it (CABUT IZIN): its record tells whether it was handled.
      const handledBefore = carried ? async () => typeof (await stored()) === 'string' : undefined;
      const outcome = await this.turn(contact, input, inbound._id, to, inbound._id, offer ? [offer] : [], handledBefore, found ? found.session : undefined);
      if (outcome === 'handled') return gone;
      replies = outcome;
    }
    // A recorded reply is what makes a message processed (see MessageStore.getInbound): only a turn that recorded none, or whose replies are all held back, is marked.
    if (replies?.length === 0) await this.deps.messages.markInbound(inbound._id, 'processed', this.deps.clock.now(), []);
    return this.deps.processed.notice(inbound._id, replies ?? []);
  }

  /**
   * A message found handled, handed out again: the crash may have come between recording its
   * replies and queueing them (linking a phone does both outside a turn), so those not sent are
   * queued again; an id still waiting is not queued twice.
   */
  private async resend(inboundId: string): Promise<void> {
    const replies = await this.deps.messages.repliesTo(inboundId);
    await this.outbound.enqueue(replies.filter((reply) => reply.status === 'queued'));
  }

  /** Runs the engine once; `after` messages (a channel's own offers) are sent after the flow's replies, in the same turn. */
  private async turn(
    contact: Contact,
    input: EngineInput,
    ref: string,
    to: Recipient,
    inReplyTo: string | undefined,
    after: OutboundMessage[] = [],
    handledBefore?: () => Promise<boolean>,
    /** The session as read with the contact (null: none); undefined reads it here. */
    stored?: SessionState | null,
  ): Promise<readonly OutboundRecord[] | 'handled'> {
    const now = this.deps.clock.now();
    const saved = stored !== undefined ? stored : await this.deps.sessions.load(contact._id);
    if (!saved && handledBefore && (await handledBefore())) return 'handled';
    const session = saved ?? newSession(contact._id, contact.lang);
    if (session.lastRef === ref) {
      // Redelivered after a crash that came after the session was saved: apply the turn's effects
      // again (each changes nothing the second time) and finish delivery; the turn is not run anew.
      const saved = session.effects ?? [];
      await this.effects.apply(appEffects(saved, this.effects.handlers), { contactId: contact._id, ref, now, erased: erasesContact(saved) });
      const replies = inReplyTo ? await this.deps.messages.repliesTo(inReplyTo) : [];
      await this.outbound.enqueue(replies);
      return replies;
    }
    const result = await runEngine(this.deps.engine, session, toContactView(contact), input, now, ref);
    return this.commit(contact, { ...result, messages: [...result.messages, ...after] }, ref, to, inReplyTo);
  }

  /**
   * Where a turn becomes stored state. The session is saved with the turn's ref and its effects in one
   * write, then the effects are applied, then the replies go out. A crash before that write leaves
   * nothing applied: the redelivered turn runs again from the old session, and its effects get the
   * same ids. A crash after it finds `lastRef === ref`: the saved effects are applied again (each by
   * its id, so nothing doubles) and delivery finishes. Effects are never applied before the session is
   * saved, so a rerun turn never reads its own writes (a measurement would supersede itself).
   */
  private async commit(contact: Contact, result: EngineResult, ref: string, to: Recipient, inReplyTo: string | undefined): Promise<readonly OutboundRecord[]> {
    const now = this.deps.clock.now();
    const effects: AppEffect[] = appEffects(result.effects, this.effects.handlers);
    const records = this.outbound.records(to, result.messages, { kind: 'reply', ref, ...(inReplyTo ? { inReplyTo } : {}) });
    await this.deps.messages.recordOutbound(records);
    // Saved even when the turn erases the contact: a crash before the erasure finishes finds the
    // effects here and applies them again; the erasure deletes the session last of all.
    await this.deps.sessions.save({ ...result.session, lastRef: ref, effects }, now);
    await this.effects.apply(effects, { contactId: contact._id, ref, now, erased: erasesContact(effects) });
    // Over the chat's reply limit the answers stay on record as dropped; the turn's replies are what goes out.
    const replies = await limitReplies(this.deps, this.outbound, records, result.contact.lang);
    await this.outbound.enqueue(replies, undefined, { fresh: true });
    return replies;
  }
}
