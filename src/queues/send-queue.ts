import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { SendLimits } from '../app/channel-port.js';
import { opaqueName } from '../shared/opaque-name.js';
import { sleepAtLeast } from '../shared/sleep.js';
import { ChatOutbox } from './outbox.js';
import { ReadyWorker } from './ready-worker.js';
import { drainChat, type SendRetry } from './send-drain.js';
import { jobId, QUEUES } from './names.js';
import { AccountRate } from './send-rate.js';

export type { SendLimits } from '../app/channel-port.js';
export type { SendRetry } from './send-drain.js';

/** `admit`: put `outboundIds` in the chat's outbox (messages held back until a time, queued when it comes). */
export interface SendJob {
  /** The chat's opaque name (`chatId`), never its address. */
  chat: string;
  outboundIds?: string[];
}

/**
 * Outbound messages wait in their chat's outbox (`ChatOutbox`) in the order they were queued; the
 * first of an idle outbox puts the chat in the channel's ready list, in the same round trip, and a
 * worker drains it from there. Messages held back until a time wait as a BullMQ job (`admit`) in the
 * channel's send queue, which joins them to the outbox when the time comes.
 *
 * @example
 * await sendQueues.enqueue('telegram', '42', ['out_Ab3_0', 'out_Ab3_1']);
 */
export class SendQueues {
  readonly outbox: ChatOutbox;
  readonly rate: AccountRate;
  readonly retry: SendRetry;
  private readonly queues = new Map<string, Queue<SendJob>>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** Keys the chats' opaque names: an address is a phone number, and must not sit in Redis in clear. */
    private readonly nameSecret: string,
    retry: SendRetry = { attempts: 6, backoffMs: 1000 },
  ) {
    this.retry = retry;
    this.outbox = new ChatOutbox(redis, prefix);
    this.rate = new AccountRate(redis, prefix);
  }

  /** A channel's send queue of held-back messages (operators' views read its depth and failed jobs). */
  queueOf(channel: string): Queue<SendJob> {
    const name = QUEUES.send(channel);
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue<SendJob>(name, { connection: this.redis, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** The name a chat (a channel's address) has in Redis keys and job data. */
  chatId(channel: string, address: string): string {
    return opaqueName(this.nameSecret, `${channel}:${address}`);
  }

  /** Queues messages for a chat (`address` on `channel`) in order; `delayMs` holds them back (they join the outbox then). */
  async enqueue(channel: string, address: string, outboundIds: readonly string[], delayMs = 0): Promise<void> {
    if (!outboundIds.length) return;
    const chat = this.chatId(channel, address);
    if (delayMs > 0) {
      const id = outboundIds.length === 1 ? outboundIds[0]! : `${outboundIds[0]}-${outboundIds.length}`;
      const options = { removeOnComplete: true, removeOnFail: 5000, attempts: this.retry.attempts, backoff: { type: 'exponential', delay: this.retry.backoffMs } } as const;
      await this.queueOf(channel).add('admit', { chat, outboundIds: [...outboundIds] }, { ...options, jobId: jobId('admit', id), delay: delayMs });
      return;
    }
    await this.outbox.push(channel, chat, outboundIds);
  }

  /**
   * Queues many chats' messages at once (a broadcast batch): every outbox push (each one round trip,
   * its chat's ready entry included) sent in one burst. A crash in the middle leaves some pushed;
   * the batch, redone, pushes them again (a no-op) and the rest.
   */
  async enqueueMany(chats: ReadonlyArray<{ channel: string; address: string; ids: readonly string[] }>): Promise<void> {
    await Promise.all(chats.filter((c) => c.ids.length).map((c) => this.outbox.push(c.channel, this.chatId(c.channel, c.address), c.ids)));
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

/**
 * Runs a channel's deliveries: chats in parallel (up to `concurrency`), each chat's messages one
 * after another, the account's rate counted per message (`limits`). `deliver` throws an AppError
 * with code CHANNEL_PERMANENT_FAILURE for a failure no retry can fix (the message is then done), and
 * one with `context.retryAfterMs` when the platform asked to wait: only that chat waits. Also runs
 * the channel's `admit` jobs (held-back messages whose time has come).
 */
export function startSendWorker(options: {
  connection: ConnectionOptions;
  redis: Redis;
  prefix: string;
  sends: SendQueues;
  channel: string;
  limits: SendLimits;
  concurrency?: number;
  /** Messages one chat sends before it goes to the back of the line. */
  fairShare?: number;
  deliver: (outboundId: string) => Promise<void>;
  /** The message at the head failed its last retry: record it, so the chat moves on. */
  giveUp: (outboundId: string, reason: string) => Promise<void>;
  onError?: (error: unknown) => void;
  /** Tests: a short beat, so a killed worker's chats are soon taken up again. */
  beatMs?: number;
  now?: () => number;
}): { sender: ReadyWorker; admit: Worker<SendJob> } {
  const { sends, channel } = options;
  const now = options.now ?? Date.now;
  const sender = new ReadyWorker({
    redis: options.redis,
    list: sends.outbox.ready(channel),
    concurrency: options.concurrency ?? 4,
    handle: (lease) =>
      drainChat(lease, {
        outbox: sends.outbox,
        channel,
        fairShare: options.fairShare ?? 3,
        retry: sends.retry,
        now,
        pace: async () => {
          for (let wait = await sends.rate.take(channel, options.limits); wait > 0; wait = await sends.rate.take(channel, options.limits)) await sleepAtLeast(wait);
        },
        slot: () => sends.rate.slot(channel, options.limits),
        deliver: options.deliver,
        giveUp: options.giveUp,
      }),
    ...(options.beatMs ? { beatMs: options.beatMs } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
    now,
  }).start();
  const admit = new Worker<SendJob>(
    QUEUES.send(channel),
    async (job) => {
      if (job.data.outboundIds) await sends.outbox.push(channel, job.data.chat, job.data.outboundIds);
    },
    { connection: options.connection, prefix: options.prefix, concurrency: 2 },
  );
  return { sender, admit };
}
