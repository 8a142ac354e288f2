import { randomUUID } from 'node:crypto';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { ContactInbox, InboxItem } from './inbox.js';
import { jobId, QUEUES } from './names.js';

export interface InboundJob {
  key: string;
}

const LOCK_MS = 60_000;

/**
 * The entry of all conversation work: put an item in the contact's inbox, then ask any worker to
 * drain that inbox. Many jobs for one contact are fine; only the lock holder works.
 *
 * @example
 * await inboundQueue.enqueue('telegram:42', { kind: 'message', inboundId: 'telegram:42:7' }, 'telegram:42:7');
 */
export class InboundQueue {
  readonly queue: Queue<InboundJob>;

  constructor(
    connection: ConnectionOptions,
    prefix: string,
    private readonly inbox: ContactInbox,
  ) {
    this.queue = new Queue<InboundJob>(QUEUES.inbound, { connection, prefix });
  }

  async enqueue(key: string, item: InboxItem, ref: string): Promise<void> {
    await this.inbox.push(key, item);
    await this.queue.add('drain', { key }, {
      jobId: jobId('in', ref),
      removeOnComplete: true,
      removeOnFail: 1000,
      attempts: 8,
      backoff: { type: 'exponential', delay: 500 },
    });
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

/** Handles one inbox item; throwing leaves it at the head for a retry. */
export type InboxProcessor = (key: string, item: InboxItem) => Promise<void>;

/**
 * Drains a contact's inbox while holding its lock. After releasing, it looks once more: an item
 * pushed while it held the lock (whose own job found the lock taken and left) is not stranded.
 */
export async function drainInbox(inbox: ContactInbox, key: string, process: InboxProcessor): Promise<void> {
  const owner = randomUUID();
  for (;;) {
    if (!(await inbox.lock(key, owner, LOCK_MS))) return;
    try {
      for (let item = await inbox.peek(key); item; item = await inbox.peek(key)) {
        await process(key, item);
        await inbox.pop(key);
        await inbox.extend(key, owner, LOCK_MS);
      }
    } finally {
      await inbox.release(key, owner);
    }
    if ((await inbox.length(key)) === 0) return;
  }
}

export function startInboundWorker(options: {
  connection: ConnectionOptions;
  prefix: string;
  inbox: ContactInbox;
  concurrency: number;
  process: InboxProcessor;
}): Worker<InboundJob> {
  return new Worker<InboundJob>(QUEUES.inbound, (job) => drainInbox(options.inbox, job.data.key, options.process), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
  });
}
