import type { Redis } from 'ioredis';

/**
 * Tells whoever waits (the simulator's HTTP request) that an inbound message has been handled, across
 * instances, through Redis pub/sub. Waiters also re-check storage, so a missed signal only costs a poll.
 *
 * @example
 * const done = signal.wait('simulator:m1', 15_000); await signal.publish('simulator:m1'); await done;
 */
export class ProcessedSignal {
  private readonly waiters = new Map<string, Set<() => void>>();
  private subscribed?: Promise<void>;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
  ) {}

  private ensureSubscribed(): Promise<void> {
    this.subscribed ??= (async () => {
      this.subscriber.on('message', (channel: string, id: string) => {
        if (channel !== this.channel) return;
        for (const wake of this.waiters.get(id) ?? []) wake();
      });
      await this.subscriber.subscribe(this.channel);
    })();
    return this.subscribed;
  }

  async publish(id: string): Promise<void> {
    await this.publisher.publish(this.channel, id);
  }

  /** Resolves true when signalled or when `isDone` says so; false after the timeout. */
  async wait(id: string, timeoutMs: number, isDone: () => Promise<boolean>, pollMs = 250): Promise<boolean> {
    await this.ensureSubscribed();
    return new Promise<boolean>((resolve) => {
      let settled = false;
      const set = this.waiters.get(id) ?? new Set<() => void>();
      this.waiters.set(id, set);
      const finish = (value: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(poll);
        set.delete(wake);
        if (!set.size) this.waiters.delete(id);
        resolve(value);
      };
      const wake = () => finish(true);
      set.add(wake);
      const timer = setTimeout(() => finish(false), timeoutMs);
      const check = () => void isDone().then((done) => done && finish(true), () => undefined);
      const poll = setInterval(check, pollMs);
      check();
    });
  }
}
