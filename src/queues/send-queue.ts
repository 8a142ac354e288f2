import { randomUUID } from 'node:crypto';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { SendLimits } from '../app/channel-port.js';
import { opaqueName } from '../shared/opaque-name.js';
import { sleepAtLeast } from '../shared/sleep.js';
import { ChatOutbox } from './outbox.js';
import { drainChat, type DrainOutcome } from './send-drain.js';
import { jobId, QUEUES } from './names.js';
import { AccountRate } from './send-rate.js';

export type { SendLimits } from '../app/channel-port.js';

/**
 * `drain`: send what waits in the chat's outbox. `admit`: put `outboundIds` in the outbox first
 * (messages held back until a time, queued when it comes).
 */
export interface SendJob {
  /** The chat's opaque name (`chatId`), never its address. */
  chat: string;
  outboundIds?: string[];
}

/** How often a send job is tried, and the first backoff (doubling), before its head message is given up. */
export interface SendRetry {
  attempts: number;
  backoffMs: number;
}

/**
 * Outbound messages wait in their chat's outbox (`ChatOutbox`) in the order they were queued; a send
 * job only says "this chat has something to send". Jobs are cheap and many per chat are fine: only
 * the holder of the chat's lock sends, so one chat's messages never overtake each other, whatever
 * the worker count or retries.
 *
 * @example
 * await sendQueues.enqueue('telegram', '42', ['out_Ab3_0', 'out_Ab3_1']);
 */
export class SendQueues {
  readonly outbox: ChatOutbox;
  readonly rate: AccountRate;
  private readonly queues = new Map<string, Queue<SendJob>>();
  private readonly jobOptions;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** Keys the chats' opaque names: an address is a phone number, and must not sit in Redis in clear. */
    private readonly nameSecret: string,
    retry: SendRetry = { attempts: 6, backoffMs: 1000 },
  ) {
    this.jobOptions = { removeOnComplete: true, removeOnFail: 5000, attempts: retry.attempts, backoff: { type: 'exponential', delay: retry.backoffMs } } as const;
    this.outbox = new ChatOutbox(redis, prefix);
    this.rate = new AccountRate(redis, prefix);
  }

  /** A channel's send queue (operators' views read its depth and failed jobs). */
  queueOf(channel: string): Queue<SendJob> {
    return this.queue(channel);
  }

  private queue(channel: string): Queue<SendJob> {
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
      await this.queue(channel).add('admit', { chat, outboundIds: [...outboundIds] }, { ...this.jobOptions, jobId: jobId('admit', id), delay: delayMs });
      return;
    }
    await this.outbox.push(channel, chat, outboundIds);
    await this.kick(channel, chat);
  }

  /**
   * Queues many chats' messages at once (a broadcast batch): every outbox push in one pipelined
   * burst, then one `addBulk` of drain jobs per channel. Pushed first, kicked after: a crash in
   * between leaves ids waiting that the batch, redone, pushes again (a no-op) and kicks.
   */
  async enqueueMany(chats: ReadonlyArray<{ channel: string; address: string; ids: readonly string[] }>): Promise<void> {
    const named = chats.filter((c) => c.ids.length).map((c) => ({ channel: c.channel, chat: this.chatId(c.channel, c.address), ids: c.ids }));
    await Promise.all(named.map((c) => this.outbox.push(c.channel, c.chat, c.ids)));
    const byChannel = new Map<string, typeof named>();
    for (const c of named) {
      const group = byChannel.get(c.channel) ?? [];
      group.push(c);
      byChannel.set(c.channel, group);
    }
    await Promise.all(
      [...byChannel].map(([channel, group]) =>
        this.queue(channel).addBulk(group.map((c) => ({ name: 'drain', data: { chat: c.chat }, opts: { ...this.jobOptions, jobId: jobId('drain', randomUUID()) } }))),
      ),
    );
  }

  /** Asks a worker to send what waits for the chat (its `chatId`), now or after `delayMs`. */
  async kick(channel: string, chat: string, delayMs = 0): Promise<void> {
    await this.queue(channel).add('drain', { chat }, { ...this.jobOptions, jobId: jobId('drain', randomUUID()), ...(delayMs > 0 ? { delay: delayMs } : {}) });
  }

  /** Like `kick` after `delayMs`, but one per chat and second: many jobs finding one lock taken ask once. */
  async recheck(channel: string, chat: string, delayMs: number): Promise<void> {
    const at = Math.ceil((Date.now() + delayMs) / 1000);
    await this.queue(channel).add('drain', { chat }, { ...this.jobOptions, jobId: jobId('recheck', channel, chat, String(at)), delay: Math.max(1, at * 1000 - Date.now()) });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

/**
 * Runs a channel's deliveries: chats in parallel (up to `concurrency`), each chat's messages one
 * after another, the account's rate counted per message (`limits`). `deliver` throws an AppError
 * with code CHANNEL_PERMANENT_FAILURE for a failure no retry can fix (the message is then done), and
 * one with `context.retryAfterMs` when the platform asked to wait: only that chat waits.
 */
export function startSendWorker(options: {
  connection: ConnectionOptions;
  prefix: string;
  sends: SendQueues;
  channel: string;
  limits: SendLimits;
  concurrency?: number;
  /** Messages one job sends before the chat goes to the back of the line. */
  fairShare?: number;
  deliver: (outboundId: string) => Promise<void>;
  /** The message at the head failed its last retry: record it, so the chat moves on. */
  giveUp: (outboundId: string, reason: string) => Promise<void>;
  now?: () => number;
}): Worker<SendJob> {
  const { sends, channel } = options;
  const now = options.now ?? Date.now;
  return new Worker<SendJob>(
    QUEUES.send(channel),
    async (job) => {
      if (job.data.outboundIds) await sends.outbox.push(channel, job.data.chat, job.data.outboundIds);
      const outcome: DrainOutcome = await drainChat({
        outbox: sends.outbox,
        channel,
        chat: job.data.chat,
        fairShare: options.fairShare ?? 3,
        finalAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        now,
        pace: async () => {
          for (let wait = await sends.rate.take(channel, options.limits); wait > 0; wait = await sends.rate.take(channel, options.limits)) await sleepAtLeast(wait);
        },
        slot: () => sends.rate.slot(channel, options.limits),
        deliver: options.deliver,
        giveUp: options.giveUp,
        resumeIn: (delayMs) => sends.kick(channel, job.data.chat, delayMs),
        recheckIn: (delayMs) => sends.recheck(channel, job.data.chat, delayMs),
      });
      if (outcome === 'more') await sends.kick(channel, job.data.chat);
    },
    { connection: options.connection, prefix: options.prefix, concurrency: options.concurrency ?? 4 },
  );
}
