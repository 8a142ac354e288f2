import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { PuslingEventJob, PuslingJobs, PuslingReminderJob } from '../app/pusling/pusling-ports.js';
import { onceJobOptions, jobId } from './names.js';

export const PUSLING_QUEUE = 'pusling';

/** Done jobs stay known this long, so adding the same notice or reminder again adds nothing. */
const KEEP_DONE_DAYS = 60;

type Payload = { type: 'event'; job: PuslingEventJob } | { type: 'reminder'; job: PuslingReminderJob };

export interface PuslingHandlers {
  event(job: PuslingEventJob): Promise<void>;
  reminder(job: PuslingReminderJob): Promise<void>;
}

/** One history entry of one request is told once: the id is the request id and the entry's index. */
export function puslingEventJobId(job: PuslingEventJob): string {
  return jobId('pusling-event', job.requestId, String(job.entry));
}

/** A reminder's id names the schedule it was planned for, so a rescheduled visit gets new ones. */
export function puslingReminderJobId(job: PuslingReminderJob): string {
  return jobId('pusling-rem', job.requestId, job.stamp, job.kind);
}

/**
 * Pusling notices and visit reminders as BullMQ jobs with deterministic ids: a retried decision or
 * a second planning queues nothing twice. Reminder delays are measured from the app clock.
 *
 * @example
 * const jobs = new PuslingQueue(redis, 'pb');
 * await jobs.event({ requestId: 'pr-1', entry: 1 });
 */
export class PuslingQueue implements PuslingJobs {
  readonly queue: Queue<Payload>;

  constructor(connection: ConnectionOptions, prefix: string) {
    this.queue = new Queue<Payload>(PUSLING_QUEUE, { connection, prefix });
  }

  async event(job: PuslingEventJob): Promise<void> {
    await this.add({ type: 'event', job }, puslingEventJobId(job), 0);
  }

  async reminder(job: PuslingReminderJob, at: Date, now: Date): Promise<void> {
    await this.add({ type: 'reminder', job }, puslingReminderJobId(job), Math.max(0, at.getTime() - now.getTime()));
  }

  async cancelReminders(jobs: readonly PuslingReminderJob[]): Promise<void> {
    for (const job of jobs) {
      const found = await this.queue.getJob(puslingReminderJobId(job));
      // Only a waiting job is dropped; a sent one stays as the record that it was sent.
      if (found && (await found.isDelayed())) await found.remove();
    }
  }

  close(): Promise<void> {
    return this.queue.close();
  }

  private async add(payload: Payload, id: string, delay: number): Promise<void> {
    await this.queue.add(payload.type, payload, onceJobOptions(id, delay, KEEP_DONE_DAYS));
  }
}

/**
 * Runs Pusling jobs: notices after a change, reminders when their time comes.
 *
 * @example
 * const worker = startPuslingWorker({ connection: redis, prefix: 'pb', handlers });
 */
export function startPuslingWorker(options: { connection: ConnectionOptions; prefix: string; handlers: PuslingHandlers }): Worker<Payload> {
  const { handlers } = options;
  return new Worker<Payload>(
    PUSLING_QUEUE,
    async (job: Job<Payload>) => {
      const payload = job.data;
      if (payload.type === 'event') await handlers.event(payload.job);
      else await handlers.reminder(payload.job);
    },
    { connection: options.connection, prefix: options.prefix, concurrency: 4 },
  );
}
