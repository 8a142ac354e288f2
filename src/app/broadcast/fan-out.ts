import { nextAllowedSendTime } from '../../domain/schedule/index.js';
import { OutboundService } from '../outbound.js';
import type { AppDeps } from '../ports.js';
import type { OutboundRecord } from '../records.js';
import { recipientRef } from './broadcast-refs.js';

/** `later`: the send queues are full, try again soon; `waitUntil`: quiet hours, try again when they end. */
export type BatchOutcome = 'done' | 'later' | 'stopped' | { waitUntil: Date };

/** Queue round trips in flight at once when handing a batch over. */
const HAND_OVER_CHUNK = 50;

/**
 * Works one batch of a broadcast: records one outbound message per recipient (deterministic id from
 * `broadcast|<id>|<contactId>`) and hands it to the send queue, marks the batch done, then queues
 * the next batch. Redone after a crash it records nothing twice and only hands over again; the send
 * worker does not send a message already sent. While the channels' send queues hold more than the
 * backlog limit it answers `later` and does nothing, so a cancel still stops most of a broadcast.
 * Inside the posyandu's quiet hours (21:00–06:00 by default) it waits for their end: a broadcast
 * confirmed late in the evening, or one still running at 21:00, goes on in the morning.
 *
 * @example
 * await new BroadcastFanOut(deps).runBatch('bc_1', 0); // 'done'
 */
export class BroadcastFanOut {
  private readonly outbound: OutboundService;

  constructor(private readonly deps: AppDeps) {
    this.outbound = new OutboundService(deps);
  }

  async runBatch(broadcastId: string, index: number): Promise<BatchOutcome> {
    const { store, jobs, limits } = this.deps.broadcasts;
    const [broadcast, batch] = await Promise.all([store.get(broadcastId), store.batch(broadcastId, index)]);
    if (!broadcast || !batch) return 'stopped';
    const next = async () => {
      if (index + 1 < broadcast.batches) await jobs.addBatch(broadcastId, index + 1);
    };
    if (batch.done) {
      // Done before a crash that came before the next batch was queued.
      if (!batch.cancelled) await next();
      return 'done';
    }
    if (broadcast.status === 'cancelled') {
      await store.finishBatch(broadcastId, index, { queued: 0, cancelled: true });
      return 'stopped';
    }
    const now = this.deps.clock.now();
    const allowed = nextAllowedSendTime(now, broadcast.zone, broadcast.quietHours);
    if (allowed > now) return { waitUntil: allowed };
    const channels = [...new Set(batch.recipients.map((r) => r.channel))];
    if (channels.length && (await jobs.sendBacklog(channels)) > limits.maxBacklog) return 'later';

    const translate = this.deps.engine.translate;
    const records: OutboundRecord[] = batch.recipients.flatMap((r) =>
      this.outbound
        .records({ contactId: r.contactId, channel: r.channel, address: r.address }, [{ text: translate(r.lang, 'broadcast.message', { posyandu: broadcast.posyanduName, text: broadcast.text }) }], {
          kind: 'broadcast',
          ref: recipientRef(broadcastId, r.contactId),
        })
        .map((record) => ({ ...record, broadcastId })),
    );
    await this.deps.messages.recordOutbound(records);
    for (let i = 0; i < records.length; i += HAND_OVER_CHUNK) await Promise.all(records.slice(i, i + HAND_OVER_CHUNK).map((record) => this.outbound.enqueue([record])));
    await store.finishBatch(broadcastId, index, { queued: records.length, cancelled: false });
    await next();
    return 'done';
  }
}
