import type { OutboundRecord } from './message-records.js';

/**
 * Replies a turn in this process has just recorded and queued, kept until their first delivery
 * attempt, so that attempt reads nothing: it can only be the first, since a record is kept once
 * and taken once. Any later attempt (a retry, another process after a crash) finds nothing here
 * and reads the record as it stands, skipping one sent meanwhile. Bounded: a reply another process
 * sends is never taken here, and the oldest kept go first.
 *
 * @example
 * fresh.keep(records); … fresh.take('out_Ab3_0'); // the record once, then undefined
 */
export class FreshReplies {
  private readonly kept = new Map<string, OutboundRecord>();

  constructor(private readonly capacity = 10_000) {}

  keep(records: readonly OutboundRecord[]): void {
    for (const record of records) {
      this.kept.set(record._id, record);
      if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value!);
    }
  }

  take(id: string): OutboundRecord | undefined {
    const record = this.kept.get(id);
    this.kept.delete(id);
    return record;
  }
}
