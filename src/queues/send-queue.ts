import { Queue, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import type { SendLimits } from '../app/channel-port.js';
import { isAppError } from '../shared/errors.js';
import { jobId, QUEUES } from './names.js';

export type { SendLimits } from '../app/channel-port.js';

/** The messages of one turn for one channel, in the order the person must read them. */
export interface SendJob {
  outboundIds: string[];
}

/**
 * One send queue per channel account. A job carries a turn's messages in order, so they arrive in
 * that order whichever worker process takes the job and however often it is retried (messages
 * already sent are skipped on a retry). The job id is derived from the ids, so queueing the same
 * messages twice queues them once.
 *
 * @example
 * await sendQueues.enqueue('telegram', ['out_Ab3_0', 'out_Ab3_1']);
 */
export class SendQueues {
  private readonly queues = new Map<string, Queue<SendJob>>();

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly prefix: string,
  ) {}

  private queue(channel: string): Queue<SendJob> {
    const name = QUEUES.send(channel);
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue<SendJob>(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueue(channel: string, outboundIds: readonly string[], delayMs = 0): Promise<void> {
    if (!outboundIds.length) return;
    const id = outboundIds.length === 1 ? outboundIds[0]! : `${outboundIds[0]}-${outboundIds.length}`;
    await this.queue(channel).add('send', { outboundIds: [...outboundIds] }, {
      jobId: jobId(id),
      ...(delayMs > 0 ? { delay: delayMs } : {}),
      removeOnComplete: true,
      removeOnFail: 5000,
      attempts: 6,
      backoff: { type: 'exponential', delay: 1000 },
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

/**
 * Runs a channel's deliveries with its rate limit (BullMQ's limiter counts jobs, i.e. turns; per-chat
 * pacing is the channel's). `deliver` throws an AppError with code CHANNEL_PERMANENT_FAILURE for a
 * failure no retry can fix (blocked bot, invalid number): that job is not retried.
 */
export function startSendWorker(options: {
  connection: ConnectionOptions;
  prefix: string;
  channel: string;
  limits: SendLimits;
  concurrency?: number;
  deliver: (outboundId: string) => Promise<void>;
}): Worker<SendJob> {
  return new Worker<SendJob>(
    QUEUES.send(options.channel),
    async (job) => {
      // A retryable error stops the turn here (a retry skips what was sent); a permanent one is
      // recorded on its message and the rest are still tried, so each ends sent or failed.
      let permanent: Error | undefined;
      for (const outboundId of job.data.outboundIds) {
        try {
          await options.deliver(outboundId);
        } catch (error) {
          if (!isAppError(error, 'CHANNEL_PERMANENT_FAILURE')) throw error;
          permanent ??= error;
        }
      }
      if (permanent) throw new UnrecoverableError(permanent.message);
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency ?? 4,
      limiter: { max: options.limits.max, duration: options.limits.durationMs },
    },
  );
}
