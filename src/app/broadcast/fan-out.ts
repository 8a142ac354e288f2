import { OutboundService } from '../outbound.js';
import type { AppDeps } from '../ports.js';
import { isReachable } from '../reachability.js';
import type { OutboundRecord } from '../records.js';
import { recipientRef } from './broadcast-refs.js';

export type BatchOutcome = 'done' | 'later' | 'stopped';

/**
 * Works one batch of a broadcast: skips opted-out and unreachable recipients, records one outbound
 * message per recipient (deterministic id from `broadcast|<id>|<contactId>`) and queues it, marks
 * the batch done, then queues the next batch. Redone after a crash, it records nothing twice and
 * only re-queues; a message already sent is not sent again (the send worker checks). While the
 * channels' send queues hold more than the backlog limit it answers `later` and does nothing.
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
      await store.finishBatch(broadcastId, index, { queued: 0, optedOut: 0, unreachable: 0, cancelled: true });
      return 'stopped';
    }
    const members = await store.members({ ids: batch.contactIds });
    const reachable = members.filter((m) => !m.optedOut && isReachable(m));
    const channels = [...new Set(reachable.map((m) => m.lastChannel!))];
    if (channels.length && (await jobs.sendBacklog(channels)) > limits.maxBacklog) return 'later';

    const translate = this.deps.engine.translate;
    const records: OutboundRecord[] = reachable.flatMap((m) =>
      this.outbound.records(
        { contactId: m._id, channel: m.lastChannel!, address: m.lastAddress! },
        [{ text: translate(m.lang, 'broadcast.message', { posyandu: broadcast.posyanduName, text: broadcast.text }) }],
        { kind: 'broadcast', ref: recipientRef(broadcastId, m._id) },
      ),
    );
    await this.deps.messages.recordOutbound(records);
    await this.outbound.enqueue(records);
    const optedOut = members.filter((m) => m.optedOut).length;
    // Erased contacts are gone from `members`: they count as unreachable.
    await store.finishBatch(broadcastId, index, { queued: records.length, optedOut, unreachable: batch.contactIds.length - records.length - optedOut, cancelled: false });
    await next();
    return 'done';
  }
}
