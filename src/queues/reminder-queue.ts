import { DelayedError, Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { FollowUpJob, ReminderJob, ReminderJobs } from '../app/schedule/schedule-ports.js';
import type { Clock } from '../shared/clock.js';
import { onceJobOptions, jobId } from './names.js';

export const REMINDER_QUEUE = 'reminders';

/** Sent jobs stay known this long, so planning the same reminder again adds nothing. */
const KEEP_DONE_DAYS = 45;
const DAILY_PLAN_ID = 'reminder-plan-daily';

/** `at` is when the job was planned for (absent on jobs queued before it was kept): a plan that gives another time moves the queued job. */
type Timed = { type: 'reminder'; job: ReminderJob; at?: string } | { type: 'followup'; job: FollowUpJob; at?: string };
type Payload = Timed | { type: 'plan' };

/** What a handler decided: done, or try again at a later moment (quiet hours). */
export type ReminderOutcome = { later?: Date } | void;

export interface ReminderHandlers {
  reminder(job: ReminderJob): Promise<ReminderOutcome>;
  followUp(job: FollowUpJob): Promise<ReminderOutcome>;
  planAll(): Promise<void>;
}

/** The queue job id of a reminder: its reminder key without the characters BullMQ refuses. */
export function reminderJobId(key: string): string {
  return jobId('rem', key);
}

/** The queue job id of a session's follow-up; the start is in it so a moved session gets its own. */
export function followUpJobId(job: FollowUpJob): string {
  return jobId('fu', job.sessionId, job.start);
}

/**
 * Reminders and after-session follow-ups as BullMQ delayed jobs: they survive restarts, and the job
 * id is the reminder key, so planning twice queues once. Delays are measured from the app clock.
 *
 * @example
 * const reminders = new ReminderQueue(redis, 'pb');
 * await reminders.reminder(job, new Date('2026-03-09T11:30:00Z'), clock.now());
 */
export class ReminderQueue implements ReminderJobs {
  readonly queue: Queue<Payload>;

  constructor(connection: ConnectionOptions, prefix: string) {
    this.queue = new Queue<Payload>(REMINDER_QUEUE, { connection, prefix });
  }

  async reminder(job: ReminderJob, at: Date, now: Date): Promise<void> {
    await this.add({ type: 'reminder', job, at: at.toISOString() }, reminderJobId(job.key), at, now);
  }

  async followUp(job: FollowUpJob, at: Date, now: Date): Promise<void> {
    await this.add({ type: 'followup', job, at: at.toISOString() }, followUpJobId(job), at, now);
  }

  async cancel(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      const job = await this.queue.getJob(reminderJobId(key));
      // Only a job still waiting is dropped; a sent one stays as the record that it was sent.
      if (job && (await job.isDelayed())) await job.remove();
    }
  }

  /** Plans every posyandu's next sessions once a day (00:15 WIB), on top of start-up and changes. */
  async scheduleDailyPlan(): Promise<void> {
    await this.queue.upsertJobScheduler(DAILY_PLAN_ID, { pattern: '15 0 * * *', tz: 'Asia/Jakarta' }, { name: 'plan', data: { type: 'plan' } });
  }

  close(): Promise<void> {
    return this.queue.close();
  }

  /**
   * Queues the job once per id. A job still waiting for another time (the posyandu changed its
   * reminder times or quiet hours) is replaced; one already sent is left alone.
   */
  private async add(payload: Timed & { at: string }, id: string, at: Date, now: Date): Promise<void> {
    const queued = await this.queue.getJob(id);
    if (queued && queued.data.type !== 'plan' && queued.data.at !== payload.at && (await queued.isDelayed())) {
      // A worker may have taken it meanwhile: then it is on its way and stays as it is.
      await queued.remove().catch(() => undefined);
    }
    await this.queue.add(payload.type, payload, onceJobOptions(id, Math.max(0, at.getTime() - now.getTime()), KEEP_DONE_DAYS));
  }
}

/**
 * Runs reminder, follow-up and planning jobs. A handler that answers `{ later }` (quiet hours) puts
 * its job back as delayed until then instead of sending at night.
 */
export function startReminderWorker(options: { connection: ConnectionOptions; prefix: string; clock: Clock; handlers: ReminderHandlers }): Worker<Payload> {
  const { handlers, clock } = options;
  return new Worker<Payload>(
    REMINDER_QUEUE,
    async (job: Job<Payload>, token?: string) => {
      const payload = job.data;
      const outcome =
        payload.type === 'reminder' ? await handlers.reminder(payload.job)
        : payload.type === 'followup' ? await handlers.followUp(payload.job)
        : await handlers.planAll();
      if (outcome?.later) {
        await job.moveToDelayed(Date.now() + Math.max(0, outcome.later.getTime() - clock.now().getTime()), token);
        throw new DelayedError();
      }
    },
    { connection: options.connection, prefix: options.prefix, concurrency: 4 },
  );
}
