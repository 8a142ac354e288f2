import { Queue, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import { isAppError } from '../shared/errors.js';
import { QUEUES } from './names.js';

export interface SendJob {
  outboundId: string;
}

import type { SendLimits } from '../app/channel-port.js';

export type { SendLimits } from '../app/channel-port.js';

/**
 * One send queue per channel account; the job id is the outbound message id, so a message is queued
 * once however often delivery is retried.
 *
 * @example
 * await sendQueues.enqueue('telegram', 'out_1');
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

  async enqueue(channel: string, outboundId: string): Promise<void> {
    await this.queue(channel).add('send', { outboundId }, {
      jobId: outboundId,
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
 * Runs a channel's deliveries with its rate limit. `deliver` throws an AppError with code
 * CHANNEL_PERMANENT_FAILURE for a failure that no retry can fix (blocked bot, invalid number).
 */
export function startSendWorker(options: {
  connection: ConnectionOptions;
  prefix: string;
  channel: string;
  limits: SendLimits;
  concurrency?: number;
  /** Jobs with the same key run one after another, in the order the worker took them (a turn's messages). */
  orderKey?: (outboundId: string) => string;
  deliver: (outboundId: string) => Promise<void>;
}): Worker<SendJob> {
  const deliver = async (outboundId: string) => {
    try {
      await options.deliver(outboundId);
    } catch (error) {
      if (isAppError(error, 'CHANNEL_PERMANENT_FAILURE')) throw new UnrecoverableError(error.message);
      throw error;
    }
  };
  const chains = new Map<string, Promise<void>>();
  return new Worker<SendJob>(
    QUEUES.send(options.channel),
    async (job) => {
      const key = options.orderKey?.(job.data.outboundId);
      if (key === undefined) return deliver(job.data.outboundId);
      // Chained before the first await, so jobs taken in queue order are delivered in that order.
      const mine = (chains.get(key) ?? Promise.resolve()).then(() => deliver(job.data.outboundId));
      const tail = mine.catch(() => undefined);
      chains.set(key, tail);
      try {
        await mine;
      } finally {
        if (chains.get(key) === tail) chains.delete(key);
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency ?? 4,
      limiter: { max: options.limits.max, duration: options.limits.durationMs },
    },
  );
}
