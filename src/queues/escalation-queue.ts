import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { EscalationJobs } from '../app/escalation/escalation-ports.js';
import type { Level } from '../domain/escalation/index.js';
import { onceJobOptions, jobId } from './names.js';

export const ESCALATION_QUEUE = 'escalation';
const SWEEP_ID = 'escalation-sweep';
const DIGEST_ID = 'lurah-digest';
/** Finished jobs stay known a while, so a deadline scheduled twice runs once. */
const KEEP_DONE_DAYS = 7;

export type EscalationPayload =
  | { type: 'deadline'; alertId: string; level: Level }
  | { type: 'notify'; alertId: string; familyAdvice: boolean }
  | { type: 'sweep' }
  | { type: 'digest' };

export interface EscalationHandlers {
  deadline(alertId: string, level: Level): Promise<void>;
  notify(alertId: string, familyAdvice: boolean): Promise<void>;
  sweep(): Promise<void>;
  digest(): Promise<void>;
}

/** The job id of an alert's deadline at one level: an escalated alert gets a new one. */
export function deadlineJobId(alertId: string, level: Level): string {
  return jobId('alert-deadline', alertId, level);
}

/**
 * Alert deadlines (one delayed job per alert and level), alert notifications, the periodic sweep
 * that catches deadlines whose job was lost, and the lurah digest, on one BullMQ queue. Delays are
 * measured from the app clock.
 *
 * @example
 * const queue = new EscalationQueue(redis, 'pb');
 * await queue.deadline('al-1', 'kader', alert.ackDueAt, clock.now());
 */
export class EscalationQueue implements EscalationJobs {
  readonly queue: Queue<EscalationPayload>;

  constructor(connection: ConnectionOptions, prefix: string) {
    this.queue = new Queue<EscalationPayload>(ESCALATION_QUEUE, { connection, prefix });
  }

  async deadline(alertId: string, level: Level, at: Date, now: Date): Promise<void> {
    await this.add({ type: 'deadline', alertId, level }, deadlineJobId(alertId, level), Math.max(0, at.getTime() - now.getTime()));
  }

  async notify(alertId: string, familyAdvice: boolean, delayMs: number): Promise<void> {
    await this.add({ type: 'notify', alertId, familyAdvice }, jobId('alert-notify', alertId), delayMs);
  }

  /** The sweep every `everyMinutes` and the digest on its cron (WIB by default); both replace earlier settings. */
  async scheduleRepeating(options: { sweepEveryMinutes: number; digestCron: string; zone: string }): Promise<void> {
    await this.queue.upsertJobScheduler(SWEEP_ID, { every: options.sweepEveryMinutes * 60_000 }, { name: 'sweep', data: { type: 'sweep' } });
    await this.queue.upsertJobScheduler(DIGEST_ID, { pattern: options.digestCron, tz: options.zone }, { name: 'digest', data: { type: 'digest' } });
  }

  close(): Promise<void> {
    return this.queue.close();
  }

  private async add(payload: EscalationPayload, id: string, delay: number): Promise<void> {
    await this.queue.add(payload.type, payload, onceJobOptions(id, delay, KEEP_DONE_DAYS));
  }
}

/**
 * Runs escalation jobs. Handlers re-read the alert under its lock, so a stale or repeated job
 * changes nothing.
 */
export function startEscalationWorker(options: { connection: ConnectionOptions; prefix: string; handlers: EscalationHandlers }): Worker<EscalationPayload> {
  const { handlers } = options;
  return new Worker<EscalationPayload>(
    ESCALATION_QUEUE,
    async (job: Job<EscalationPayload>) => {
      const payload = job.data;
      switch (payload.type) {
        case 'deadline':
          return handlers.deadline(payload.alertId, payload.level);
        case 'notify':
          return handlers.notify(payload.alertId, payload.familyAdvice);
        case 'sweep':
          return handlers.sweep();
        case 'digest':
          return handlers.digest();
      }
    },
    { connection: options.connection, prefix: options.prefix, concurrency: 4 },
  );
}
