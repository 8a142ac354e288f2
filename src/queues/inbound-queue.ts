import type { Redis } from 'ioredis';
import { drainInbox, type DrainHandlers } from './inbox-drain.js';
import type { ContactInbox, InboxItem } from './inbox.js';
import { ReadyWorker } from './ready-worker.js';
import { opaqueName } from '../shared/opaque-name.js';

/**
 * The entry of all conversation work: put an item in the contact's inbox, which, when the inbox
 * was idle, also puts the contact in the `inbound` ready list, in one round trip. Inboxes and
 * entries are named by a keyed pseudonym of the conversation key, so no phone number is in Redis.
 *
 * @example
 * await inboundQueue.enqueue('telegram:42', { kind: 'message', inboundId: 'telegram:7' }, 'telegram:7');
 */
export class InboundQueue {
  constructor(
    private readonly inbox: ContactInbox,
    private readonly secret: string,
  ) {}

  /** The inbox id of a conversation key. */
  inboxId(key: string): string {
    return opaqueName(this.secret, key);
  }

  /** Not queued twice while it waits (the inbox keeps one item per ref). */
  async enqueue(key: string, item: InboxItem, ref: string): Promise<void> {
    await this.inbox.push(this.inboxId(key), item, ref);
  }
}

/**
 * Drains inboxes: one blocking pop per contact that has something to handle, up to `concurrency`
 * contacts at once, each contact's items in order. A worker killed mid-turn leaves the contact in
 * its processing list; another worker takes it up once the dead one's beat (`beatMs`) has ended.
 */
export function startInboundWorker(options: {
  redis: Redis;
  inbox: ContactInbox;
  concurrency: number;
  handlers: DrainHandlers;
  onError?: (error: unknown) => void;
  /** Tests: a short beat, so a killed worker's contacts are soon taken up again. */
  beatMs?: number;
}): ReadyWorker {
  return new ReadyWorker({
    redis: options.redis,
    list: options.inbox.ready,
    concurrency: options.concurrency,
    handle: (lease) => drainInbox(options.inbox, lease, options.handlers),
    ...(options.beatMs ? { beatMs: options.beatMs } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  }).start();
}
