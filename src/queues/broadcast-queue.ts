import { DelayedError, Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { BroadcastCheck, BroadcastJobs } from '../app/broadcast/broadcast-ports.js';
import type { Clock } from '../shared/clock.js';
import { jobId, QUEUES } from './names.js';

const QUEUE = 'broadcasts';

export type BroadcastJob = { kind: 'batch'; broadcastId: string; index: number } | ({ kind: 'check' } & BroadcastCheck);

/** Completed jobs are kept a day: their ids then still dedupe a batch queued again by a redone job. */
const KEEP = { removeOnComplete: { age: 24 * 3600, count: 100_000 }, removeOnFail: { age: 7 * 24 * 3600 } };

/**
 * The broadcast queue: one job per batch (`bcb_<id>_<n>`) and one per check round (`bcc_<id>_<n>`),
 * so queuing the same batch twice (a start redone after a crash) is a no-op. All batches are queued
 * at once; the worker's concurrency bounds how many run in parallel.
 *
 * @example
 * await broadcastQueue.addBatches('bc_1', 10);
 */
export class BroadcastQueue implements BroadcastJobs {
  readonly queue: Queue<BroadcastJob>;
  private readonly sendQueues = new Map<string, Queue>();

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly prefix: string,
  ) {
    this.queue = new Queue<BroadcastJob>(QUEUE, { connection, prefix });
  }

  async addBatches(broadcastId: string, count: number): Promise<void> {
    const jobs = Array.from({ length: count }, (_, index) => ({
      name: 'batch',
      data: { kind: 'batch' as const, broadcastId, index },
      opts: { jobId: jobId('bcb', broadcastId, String(index)), attempts: 10, backoff: { type: 'exponential' as const, delay: 1000 }, ...KEEP },
    }));
    await this.queue.addBulk(jobs);
  }

  async scheduleCheck(check: BroadcastCheck, delayMs: number): Promise<void> {
    await this.queue.add('check', { kind: 'check', ...check }, { jobId: jobId('bcc', check.broadcastId, String(check.round)), delay: delayMs, attempts: 10, backoff: { type: 'exponential', delay: 1000 }, ...KEEP });
  }

  async sendBacklog(channels: string[]): Promise<number> {
    let total = 0;
    for (const channel of channels) {
      const name = QUEUES.send(channel);
      let queue = this.sendQueues.get(name);
      if (!queue) this.sendQueues.set(name, (queue = new Queue(name, { connection: this.connection, prefix: this.prefix })));
      const counts = await queue.getJobCounts('waiting', 'delayed', 'prioritized', 'waiting-children');
      total += Object.values(counts).reduce((a, b) => a + b, 0);
    }
    return total;
  }

  async close(): Promise<void> {
    await Promise.all([this.queue.close(), ...[...this.sendQueues.values()].map((q) => q.close())]);
  }
}

/**
 * Runs broadcast batches and checks. A batch that answers `later` (send queues too full) or
 * `waitUntil` (quiet hours) is put back, delayed, under the same job id. A worker killed mid-batch
 * leaves the job locked until the lock expires; another worker then takes it up again (BullMQ's
 * stalled-job check).
 */
export function startBroadcastWorker(options: {
  connection: ConnectionOptions;
  prefix: string;
  runBatch: (broadcastId: string, index: number) => Promise<'done' | 'later' | 'stopped' | { waitUntil: Date }>;
  /** The app clock: `waitUntil` is measured from it. */
  clock: Clock;
  check: (state: BroadcastCheck) => Promise<void>;
  concurrency?: number;
  laterMs?: number;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}): Worker<BroadcastJob> {
  return new Worker<BroadcastJob>(
    QUEUE,
    async (job: Job<BroadcastJob>, token?: string) => {
      const data = job.data;
      if (data.kind === 'check') {
        const { kind: _kind, ...state } = data;
        return options.check(state);
      }
      const outcome = await options.runBatch(data.broadcastId, data.index);
      if (outcome === 'later' || typeof outcome === 'object') {
        const wait = outcome === 'later' ? (options.laterMs ?? 5000) : Math.max(0, outcome.waitUntil.getTime() - options.clock.now().getTime());
        await job.moveToDelayed(Date.now() + wait, token);
        throw new DelayedError();
      }
      return outcome;
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency ?? 4,
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
      ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
    },
  );
}
