import { nextAllowedSendTime } from '../../domain/schedule/index.js';
import { OutboundService, type OutboxDeps } from '../outbound.js';
import type { EngineAssets } from '../../engine/index.js';
import type { BroadcastCheck, BroadcastPorts } from './broadcast-ports.js';
import type { BatchProgress, Broadcast } from './broadcast-records.js';
import type { OutboundStatus } from '../messages/message-records.js';
import { progressRef, reportRef } from './broadcast-refs.js';

/** Where a broadcast stands, from its batches and the status of its messages. */
export interface BroadcastTally {
  total: number;
  sent: number;
  failed: number;
  /** Handed to a send queue, not yet sent nor failed. */
  pending: number;
  optedOut: number;
  unreachable: number;
  /** Never handed over because the kader cancelled. */
  notSent: number;
  /** No batch will run any more: all done, or the chain stopped at a cancel. */
  ended: boolean;
}

/**
 * Counts a broadcast from its batches and its messages by status.
 *
 * @example
 * tallyBroadcast(broadcast, batches, { sent: 120, queued: 80 }); // { sent: 120, pending: 80, ended: false, … }
 */
export function tallyBroadcast(broadcast: Broadcast, batches: readonly BatchProgress[], counts: Partial<Record<OutboundStatus, number>>): BroadcastTally {
  const ended = batches.every((b) => b.done) || batches.some((b) => b.done && b.cancelled);
  const handedOver = batches.reduce((n, b) => n + b.queued, 0);
  const recipients = batches.reduce((n, b) => n + b.size, 0);
  return {
    total: broadcast.total,
    sent: counts.sent ?? 0,
    failed: counts.failed ?? 0,
    pending: (counts.queued ?? 0) + (counts.sending ?? 0),
    optedOut: broadcast.optedOut,
    unreachable: broadcast.unreachable,
    notSent: ended ? recipients - handedOver : 0,
    ended,
  };
}

/** The broadcast's store and the outbox its progress and report go through. */
export type BroadcastCheckDeps = OutboxDeps & { broadcasts: BroadcastPorts; engine: EngineAssets };

/**
 * The periodic check of a running broadcast: tells the kader at each quarter ("terkirim 120 dari
 * 350"; broadcasts of at least `progressFrom` recipients) and, once no batch will run and nothing
 * waits to be sent, sends the final report. Each check queues the next. Messages have deterministic
 * refs, so a check redone after a crash sends nothing twice.
 *
 * @example
 * await new BroadcastChecker(deps).check({ broadcastId: 'bc_1', round: 0, reportedQuarter: 0 });
 */
export class BroadcastChecker {
  private readonly outbound: OutboundService;

  constructor(private readonly deps: BroadcastCheckDeps) {
    this.outbound = new OutboundService(deps);
  }

  async check(state: BroadcastCheck): Promise<void> {
    const { store, jobs, limits } = this.deps.broadcasts;
    const broadcast = await store.get(state.broadcastId);
    if (!broadcast) return;
    const tally = tallyBroadcast(broadcast, await store.progressOf(broadcast._id), await store.outboundCounts(broadcast._id));
    if (tally.ended && (tally.pending === 0 || state.round + 1 >= limits.maxChecks)) {
      const key = broadcast.status === 'cancelled' ? 'broadcast.report.cancelled' : 'broadcast.report.done';
      await this.tell(broadcast, reportRef(broadcast._id), key, { total: tally.total, sent: tally.sent, failed: tally.failed, pending: tally.pending, opted_out: tally.optedOut, unreachable: tally.unreachable, not_sent: tally.notSent });
      await store.end(broadcast._id, 'done', this.deps.clock.now());
      return;
    }
    const quarter = Math.floor((tally.sent * 4) / tally.total);
    let reportedQuarter = state.reportedQuarter;
    if (tally.total >= limits.progressFrom && quarter > reportedQuarter && quarter < 4) {
      await this.tell(broadcast, progressRef(broadcast._id, quarter), 'broadcast.progress', { sent: tally.sent, total: tally.total });
      reportedQuarter = quarter;
    }
    // Nothing moves in quiet hours: look again when they end rather than every few seconds all night.
    const now = this.deps.clock.now();
    const quietFor = nextAllowedSendTime(now, broadcast.zone, broadcast.quietHours).getTime() - now.getTime();
    await jobs.scheduleCheck({ broadcastId: broadcast._id, round: state.round + 1, reportedQuarter }, quietFor + limits.checkEveryMs);
  }

  private async tell(broadcast: Broadcast, ref: string, key: string, params: Record<string, string | number>): Promise<void> {
    const sender = await this.deps.contacts.get(broadcast.senderId);
    if (!sender?.lastChannel || !sender.lastAddress) return;
    const text = this.deps.engine.translate(sender.lang, key, { posyandu: broadcast.posyanduName, ...params });
    await this.outbound.send({ contactId: sender._id, channel: sender.lastChannel, address: sender.lastAddress }, [{ text }], { kind: 'notice', ref });
  }
}
