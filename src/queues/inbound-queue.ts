import { DelayedError, Queue, Worker, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { drainInbox, type DrainHandlers } from './inbox-drain.js';
import type { ContactInbox, InboxItem } from './inbox.js';
import { opaqueName } from '../shared/opaque-name.js';
import { jobId, QUEUES } from './names.js';

/** `key` is the conversation's opaque id (never its address); a sweep job has none. */
export interface InboundJob {
  key?: string;
}

/** How often inboxes left with items and no drain (a lost job) are looked for. */
export const SWEEP_EVERY_MS = 60_000;
const SWEEP_ID = 'inbox-sweep';
// After the lock of a dead holder has expired by itself.
const RETRY_MARGIN_MS = 1000;

const DRAIN: JobsOptions = { removeOnComplete: true, removeOnFail: 1000, attempts: 8, backoff: { type: 'exponential', delay: 500 } };

/**
 * The entry of all conversation work: put an item in the contact's inbox, then ask any worker to
 * drain that inbox. Many jobs for one contact are fine; only the lock holder works. Inboxes, locks
 * and jobs are named by a keyed pseudonym of the conversation key, so no phone number is in Redis.
 *
 * @example
 * await inboundQueue.enqueue('telegram:42', { kind: 'message', inboundId: 'telegram:7' }, 'telegram:7');
 */
export class InboundQueue {
  readonly queue: Queue<InboundJob>;

  constructor(
    connection: ConnectionOptions,
    prefix: string,
    private readonly inbox: ContactInbox,
    private readonly secret: string,
  ) {
    this.queue = new Queue<InboundJob>(QUEUES.inbound, { connection, prefix });
  }

  /** The inbox id of a conversation key. */
  inboxId(key: string): string {
    return opaqueName(this.secret, key);
  }

  async enqueue(key: string, item: InboxItem, ref: string): Promise<void> {
    const id = this.inboxId(key);
    // Not queued twice while it waits; the job is asked for anyway (the first copy's may have been lost in a crash).
    await this.inbox.push(id, item, ref);
    await this.queue.add('drain', { key: id }, { ...DRAIN, jobId: jobId('in', opaqueName(this.secret, ref)) });
  }

  /** Queues a drain for every inbox that has items and nobody working on it; returns how many. */
  async sweep(): Promise<number> {
    let count = 0;
    for await (const id of this.inbox.unattended()) {
      // One sweep drain per inbox at a time; removed when done or failed so the next sweep can add one.
      await this.queue.add('drain', { key: id }, { ...DRAIN, removeOnFail: true, jobId: jobId('sweep', id) });
      count++;
    }
    return count;
  }

  /** The periodic sweep; replaces an earlier setting. */
  async scheduleSweep(everyMs = SWEEP_EVERY_MS): Promise<void> {
    await this.queue.upsertJobScheduler(SWEEP_ID, { every: everyMs }, { name: 'sweep', data: {} });
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

/**
 * Drains inboxes and runs the sweep. A drain that finds another holder's lock while items wait comes
 * back when that lock would have expired: if the holder died (SIGKILL, a lost machine), nothing else
 * would ever drain the inbox before the person writes again.
 */
export function startInboundWorker(options: {
  connection: ConnectionOptions;
  prefix: string;
  inbox: ContactInbox;
  inbound: InboundQueue;
  concurrency: number;
  handlers: DrainHandlers;
  onSweepError?: (error: unknown) => void;
  /** Tests: BullMQ's job lock and stalled check, so a killed worker's job is soon taken up again. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}): Worker<InboundJob> {
  const { inbox, inbound } = options;
  void inbound.scheduleSweep().catch((error: unknown) => options.onSweepError?.(error));
  return new Worker<InboundJob>(
    QUEUES.inbound,
    async (job, token) => {
      if (job.name === 'sweep' || !job.data.key) return inbound.sweep();
      const outcome = await drainInbox(inbox, job.data.key, options.handlers);
      if (outcome === 'drained') return 0;
      await job.moveToDelayed(Date.now() + (await inbox.lockTtl(job.data.key)) + RETRY_MARGIN_MS, token);
      throw new DelayedError();
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency,
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
      ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
    },
  );
}
