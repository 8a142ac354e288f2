import { nextAllowedSendTime } from '../../domain/schedule/index.js';
import { OutboundService, type OutboxDeps } from '../outbound.js';
import type { EngineAssets } from '../../engine/index.js';
import type { BroadcastPorts } from './broadcast-ports.js';
import type { Lang } from '../../shared/lang.js';
import { byChat } from '../outbound-order.js';
import type { OutboundRecord } from '../messages/message-records.js';
import { recipientRef } from './broadcast-refs.js';

/** `later`: the send queues are full, try again soon; `waitUntil`: quiet hours, try again when they end. */
export type BatchOutcome = 'done' | 'later' | 'stopped' | { waitUntil: Date };

/** A batch's broadcast and recipients, and the outbox its messages go through. */
export type BroadcastFanOutDeps = OutboxDeps & { broadcasts: BroadcastPorts; engine: EngineAssets };

/**
 * Works one batch of a broadcast: records one outbound message per recipient (deterministic id from
 * `broadcast|<id>|<contactId>`) in one insert and hands them all to the send queues in one burst,
 * then marks the batch done. Batches are queued together and run in parallel (as many as the
 * broadcast worker's concurrency). Redone after a crash it records nothing twice and only hands
 * over again; the send worker does not send a message already sent. While the channels' send
 * queues hold more than the backlog limit it answers `later` and does nothing, so a cancel still
 * stops most of a broadcast. Inside the posyandu's quiet hours (21:00–06:00 by default) it waits for
 * their end: a broadcast confirmed late in the evening, or one still running at 21:00, goes on in
 * the morning.
 *
 * @example
 * await new BroadcastFanOut(deps).runBatch('bc_1', 0); // 'done'
 */
export class BroadcastFanOut {
  private readonly outbound: OutboundService;

  constructor(private readonly deps: BroadcastFanOutDeps) {
    this.outbound = new OutboundService(deps);
  }

  async runBatch(broadcastId: string, index: number): Promise<BatchOutcome> {
    const { store, jobs, limits } = this.deps.broadcasts;
    const [broadcast, progress] = await Promise.all([store.get(broadcastId), store.progress(broadcastId, index)]);
    if (!broadcast || !progress) return 'stopped';
    if (progress.done) return 'done';
    if (broadcast.status === 'cancelled') {
      await store.finishBatch(broadcastId, index, { queued: 0, cancelled: true });
      return 'stopped';
    }
    const now = this.deps.clock.now();
    const allowed = nextAllowedSendTime(now, broadcast.zone, broadcast.quietHours);
    if (allowed > now) return { waitUntil: allowed };
    const batch = await store.batch(broadcastId, index);
    if (!batch) return 'stopped';
    const channels = [...new Set(batch.recipients.map((r) => r.channel))];
    if (channels.length && (await jobs.sendBacklog(channels)) > limits.maxBacklog) return 'later';

    const translate = this.deps.engine.translate;
    // One text per language: the batch's recipients share a handful.
    const texts = new Map<Lang, string>();
    const textIn = (lang: Lang): string => {
      let text = texts.get(lang);
      if (text === undefined) texts.set(lang, (text = translate(lang, 'broadcast.message', { posyandu: broadcast.posyanduName, text: broadcast.text })));
      return text;
    };
    const records: OutboundRecord[] = batch.recipients.flatMap((r) =>
      this.outbound
        .records({ contactId: r.contactId, channel: r.channel, address: r.address }, [{ text: textIn(r.lang) }], { kind: 'broadcast', ref: recipientRef(broadcastId, r.contactId) })
        .map((record) => ({ ...record, broadcastId })),
    );
    await this.deps.messages.recordOutbound(records);
    await this.deps.sends.enqueueMany(byChat(records));
    await store.finishBatch(broadcastId, index, { queued: records.length, cancelled: false });
    return 'done';
  }
}
