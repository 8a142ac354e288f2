import type { Clock } from '../../shared/clock.js';
import type { OutboundRecord } from './message-records.js';

export interface FreshRepliesOptions {
  /** Replies kept at most; the oldest go first. */
  capacity: number;
  /**
   * A reply kept longer than this is read back after all: its first attempt is late, so a crash
   * recovery elsewhere may have handed it out (and sent it) meanwhile.
   */
  maxAgeMs: number;
}

/**
 * Replies a turn in this process has just recorded and queued, kept until their first delivery
 * attempt, so that attempt reads nothing: it can only be the first, since a record is kept once
 * and taken once. Any later attempt (a retry, another process after a crash) finds nothing here
 * and reads the record as it stands, skipping one sent meanwhile. Bounded in number and in age: a
 * reply another process sends is never taken here, and one whose first attempt comes late is read.
 *
 * @example
 * fresh.keep(records); … fresh.take('out_Ab3_0'); // the record once, then undefined
 */
export class FreshReplies {
  private readonly kept = new Map<string, { record: OutboundRecord; at: number }>();
  private readonly options: FreshRepliesOptions;

  constructor(
    private readonly clock: Clock,
    options: Partial<FreshRepliesOptions> = {},
  ) {
    this.options = { capacity: 10_000, maxAgeMs: 30_000, ...options };
  }

  keep(records: readonly OutboundRecord[]): void {
    const at = this.clock.now().getTime();
    for (const record of records) {
      this.kept.delete(record._id);
      this.kept.set(record._id, { record, at });
      if (this.kept.size > this.options.capacity) this.kept.delete(this.kept.keys().next().value!);
    }
  }

  take(id: string): OutboundRecord | undefined {
    const kept = this.kept.get(id);
    this.kept.delete(id);
    if (!kept || this.clock.now().getTime() - kept.at > this.options.maxAgeMs) return undefined;
    return kept.record;
  }
}
