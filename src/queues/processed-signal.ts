import type { Redis } from 'ioredis';
import type { ProcessedNotice, ReplyView } from '../app/messages/message-ports.js';

/** How long a waiter trusts the signal before it reads storage itself, and how often after that. */
const FIRST_CHECK_MS = 2000;
const CHECK_EVERY_MS = 1000;

/**
 * Tells whoever waits (the simulator's HTTP request) that an inbound message has been handled, and
 * with which replies, across instances, through Redis pub/sub: the waiter reads nothing in the
 * usual case. A missed signal (a subscriber reconnecting) costs a read of storage after a while.
 *
 * @example
 * const replies = signal.wait('simulator:m1', 15_000, readStored); // before the message is queued
 * await signal.publish('simulator:m1', [{ text: 'Menu utama', choices: null, image: null }]);
 */
export class ProcessedSignal {
  private readonly waiters = new Map<string, Set<(replies: ReplyView[]) => void>>();
  private subscribed?: Promise<void>;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
  ) {}

  private ensureSubscribed(): Promise<void> {
    this.subscribed ??= (async () => {
      this.subscriber.on('message', (channel: string, raw: string) => {
        if (channel !== this.channel) return;
        const { id, replies } = JSON.parse(raw) as { id: string; replies: ReplyView[] };
        for (const wake of this.waiters.get(id) ?? []) wake(replies);
      });
      await this.subscriber.subscribe(this.channel);
    })();
    return this.subscribed;
  }

  async publish(id: string, replies: readonly ReplyView[]): Promise<void> {
    const { channel, message } = this.notice(id, replies);
    await this.publisher.publish(channel, message);
  }

  /** What `publish` sends, for a script that publishes it with its own work (the inbox's next, see `ContactInbox.next`). */
  notice(id: string, replies: readonly ReplyView[]): ProcessedNotice {
    const views = replies.map(({ text, choices, question, image }) => ({ text, choices, question, image }));
    return { channel: this.channel, message: JSON.stringify({ id, replies: views }) };
  }

  /**
   * The replies once signalled, or once `read` finds them in storage (checked after a while, then
   * periodically); null after the timeout. Call it before the message is queued: a signal sent
   * before the waiter is registered would be missed.
   */
  async wait(id: string, timeoutMs: number, read: () => Promise<ReplyView[] | null>): Promise<ReplyView[] | null> {
    await this.ensureSubscribed();
    return new Promise<ReplyView[] | null>((resolve) => {
      let settled = false;
      const set = this.waiters.get(id) ?? new Set<(replies: ReplyView[]) => void>();
      this.waiters.set(id, set);
      const finish = (value: ReplyView[] | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(poll);
        set.delete(finish);
        if (!set.size) this.waiters.delete(id);
        resolve(value);
      };
      set.add(finish);
      const timer = setTimeout(() => finish(null), timeoutMs).unref();
      const check = () => {
        void read().then((replies) => (replies ? finish(replies) : undefined), () => undefined);
        poll = setTimeout(check, CHECK_EVERY_MS).unref();
      };
      let poll = setTimeout(check, FIRST_CHECK_MS).unref();
    });
  }
}
