import { OutboundService } from '../outbound.js';
import type { AppDeps, BroadcastCheck } from '../ports.js';
import type { Broadcast, BroadcastBatch } from '../records.js';
import { progressRef, recipientOutboundId, reportRef } from './broadcast-refs.js';

/** Where a broadcast stands, from its batches and the status of their messages. */
export interface BroadcastTally {
  total: number;
  sent: number;
  failed: number;
  pending: number;
  optedOut: number;
  unreachable: number;
  /** Never handed over because the kader cancelled. */
  notSent: number;
  /** No batch will run any more: all done, or the chain stopped at a cancel. */
  ended: boolean;
}

/**
 * The periodic check of a running broadcast: counts what was sent, tells the kader at each quarter
 * ("terkirim 120 dari 350") and, once no batch will run and nothing waits to be sent, sends the final
 * report. Each check queues the next, carrying forward the batches already settled so they are not
 * read again. Messages have deterministic refs, so a redone check sends nothing twice.
 *
 * @example
 * await new BroadcastChecker(deps).check({ broadcastId: 'bc_1', round: 0, settledBatches: 0, sent: 0, failed: 0, reportedQuarter: 0 });
 */
export class BroadcastChecker {
  private readonly outbound: OutboundService;

  constructor(private readonly deps: AppDeps) {
    this.outbound = new OutboundService(deps);
  }

  async check(state: BroadcastCheck): Promise<void> {
    const { store, jobs, limits } = this.deps.broadcasts;
    const broadcast = await store.get(state.broadcastId);
    if (!broadcast) return;
    const batches = await store.batches(broadcast._id);
    const { tally, carried } = await this.tally(broadcast, batches, state);
    const finished = tally.ended && (tally.pending === 0 || state.round + 1 >= limits.maxChecks);
    if (finished) {
      await this.tell(broadcast, reportRef(broadcast._id), broadcast.status === 'cancelled' ? 'broadcast.report.cancelled' : 'broadcast.report.done', { ...reportParams(tally) });
      await store.end(broadcast._id, 'done', this.deps.clock.now());
      return;
    }
    const quarter = Math.floor((tally.sent * 4) / tally.total);
    let reportedQuarter = state.reportedQuarter;
    if (tally.total >= limits.progressFrom && quarter > reportedQuarter && quarter < 4) {
      await this.tell(broadcast, progressRef(broadcast._id, quarter), 'broadcast.progress', { sent: tally.sent, total: tally.total });
      reportedQuarter = quarter;
    }
    await jobs.scheduleCheck({ ...carried, broadcastId: broadcast._id, round: state.round + 1, reportedQuarter }, limits.checkEveryMs);
  }

  /** Counts, reading message statuses only for done batches not yet settled (nothing left to send). */
  private async tally(broadcast: Broadcast, batches: BroadcastBatch[], state: BroadcastCheck): Promise<{ tally: BroadcastTally; carried: Pick<BroadcastCheck, 'settledBatches' | 'sent' | 'failed'> }> {
    const carried = { settledBatches: state.settledBatches, sent: state.sent, failed: state.failed };
    let sent = state.sent;
    let failed = state.failed;
    let pending = 0;
    let inOrder = true;
    for (const batch of batches.slice(state.settledBatches)) {
      if (!batch.done) break;
      const counts = await this.deps.broadcasts.store.outboundStatuses(batch.contactIds.map((id) => recipientOutboundId(broadcast._id, id)));
      const waiting = (counts.queued ?? 0) + (counts.sending ?? 0);
      sent += counts.sent ?? 0;
      failed += counts.failed ?? 0;
      pending += waiting;
      if (waiting === 0 && inOrder) {
        carried.settledBatches += 1;
        carried.sent += counts.sent ?? 0;
        carried.failed += counts.failed ?? 0;
      } else inOrder = false;
    }
    const done = batches.filter((b) => b.done);
    const sum = (field: 'queued' | 'optedOut' | 'unreachable') => done.reduce((n, b) => n + b[field], 0);
    const handled = sum('queued') + sum('optedOut') + sum('unreachable');
    const ended = done.length === batches.length || done.some((b) => b.cancelled);
    const tally = { total: broadcast.total, sent, failed, pending, optedOut: sum('optedOut'), unreachable: sum('unreachable'), notSent: ended ? broadcast.total - handled : 0, ended };
    return { tally, carried };
  }

  private async tell(broadcast: Broadcast, ref: string, key: string, params: Record<string, string | number>): Promise<void> {
    const sender = await this.deps.contacts.get(broadcast.senderId);
    if (!sender?.lastChannel || !sender.lastAddress) return;
    const text = this.deps.engine.translate(sender.lang, key, { posyandu: broadcast.posyanduName, ...params });
    await this.outbound.send({ contactId: sender._id, channel: sender.lastChannel, address: sender.lastAddress }, [{ text }], { kind: 'notice', ref });
  }
}

function reportParams(t: BroadcastTally): Record<string, number> {
  return { total: t.total, sent: t.sent, failed: t.failed, pending: t.pending, opted_out: t.optedOut, unreachable: t.unreachable, not_sent: t.notSent };
}
