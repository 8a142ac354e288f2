import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { jobId, QUEUES } from './names.js';

export interface TimeoutJob {
  contactId: string;
  token: string;
}

/**
 * Delayed jobs that wake a waiting question when its time is up. The job id is the wait token, so
 * scheduling twice is harmless; a stale token is ignored by the engine.
 *
 * @example
 * await timeouts.schedule({ contactId: 'c_1', token: 'c_1:3' }, new Date('2026-03-13T01:00:00Z'), now);
 */
export class TimeoutQueue {
  readonly queue: Queue<TimeoutJob>;

  constructor(connection: ConnectionOptions, prefix: string) {
    this.queue = new Queue<TimeoutJob>(QUEUES.timeouts, { connection, prefix });
  }

  async schedule(job: TimeoutJob, at: Date, now: Date): Promise<void> {
    await this.queue.add('timeout', job, {
      jobId: jobId('to', job.token),
      delay: Math.max(0, at.getTime() - now.getTime()),
      removeOnComplete: true,
      removeOnFail: 1000,
      attempts: 5,
      backoff: { type: 'exponential', delay: 1000 },
    });
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

export function startTimeoutWorker(options: {
  connection: ConnectionOptions;
  prefix: string;
  handle: (job: TimeoutJob) => Promise<void>;
}): Worker<TimeoutJob> {
  return new Worker<TimeoutJob>(QUEUES.timeouts, (job) => options.handle(job.data), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: 8,
  });
}
