import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { encodeEntry, ReadyList } from './ready-list.js';
import { ReadyWorker } from './ready-worker.js';
import { QUEUES } from './names.js';

export interface TimeoutJob {
  contactId: string;
  token: string;
}

/**
 * The timeouts of waiting questions, as entries of the `timeouts` ready list put off until their
 * time: scheduling one is one `ZADD` (a BullMQ delayed job cost an add script and its worker's
 * wake-up, two commands for every question asked). The worker's beat, which it runs anyway, moves a
 * due timeout to the ready list, and a blocking pop hands it to one worker, held in that worker's
 * processing list until handled: a worker killed meanwhile leaves it to the next (see `ReadyList`).
 * The token is the entry's owner, so scheduling a question twice while it waits is once; a timeout
 * that fires twice or late finds its token stale and is ignored by the engine.
 *
 * @example
 * await timeouts.schedule({ contactId: 'c_1', token: 'c_1:3' }, new Date('2026-03-13T01:00:00Z'), now);
 */
export class TimeoutQueue {
  readonly ready: ReadyList;

  constructor(
    redis: Redis,
    prefix: string,
    /** Real time: `at` and `now` are the bot's clock (a test's may stand still), their difference is how long to wait. */
    private readonly realNow: () => number = Date.now,
  ) {
    this.ready = new ReadyList(redis, prefix, QUEUES.timeouts);
  }

  async schedule(job: TimeoutJob, at: Date, now: Date): Promise<void> {
    await this.ready.putOff(encodeEntry(job.token, job.contactId), this.realNow() + Math.max(0, at.getTime() - now.getTime()));
  }
}

/**
 * Fires due timeouts: each is handled (`handle` queues it in its contact's inbox), then let go. A
 * failure puts it off for a retry (`ReadyWorker`'s backoff), however often: it fails only while a
 * store cannot be reached.
 */
export function startTimeoutWorker(options: { redis: Redis; timeouts: TimeoutQueue; handle: (job: TimeoutJob) => Promise<void>; beatMs?: number }): ReadyWorker {
  const list = options.timeouts.ready;
  return new ReadyWorker({
    redis: options.redis,
    list,
    concurrency: 8,
    handle: async (lease) => {
      await options.handle({ token: lease.id, contactId: lease.head });
      await list.release(lease);
    },
    ...(options.beatMs ? { beatMs: options.beatMs } : {}),
  }).start();
}

/**
 * Timeouts that a version before the ready list left as BullMQ jobs in the `timeouts` queue, still
 * waiting: each is put off until the same time in the ready list, then removed, so no question
 * that waited across the upgrade is left without its timeout. A crash in between adopts it again
 * (once: `putOff` keeps a waiting entry). Run at start-up; resolves to how many it adopted. Can go
 * once every deployment has run it.
 */
export async function adoptBullTimeouts(redis: Redis, prefix: string, timeouts: TimeoutQueue): Promise<number> {
  const queue = new Queue<TimeoutJob>(QUEUES.timeouts, { connection: redis, prefix });
  try {
    const jobs = (await queue.getJobs(['delayed', 'waiting', 'prioritized'])).filter((job) => job?.data?.token && job.data.contactId);
    for (const job of jobs) {
      await timeouts.ready.putOff(encodeEntry(job.data.token, job.data.contactId), job.timestamp + (job.opts.delay ?? 0));
      await job.remove();
    }
    return jobs.length;
  } finally {
    await queue.close();
  }
}
