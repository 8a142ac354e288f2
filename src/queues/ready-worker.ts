import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Lease, ReadyList } from './ready-list.js';

export type { Lease } from './ready-list.js';

export interface ReadyWorkerOptions {
  redis: Redis;
  list: ReadyList;
  concurrency: number;
  /** Handles a lease; an error it throws puts the entry off for `retryMs`. */
  handle: (lease: Lease) => Promise<void>;
  /** How long a worker's beat lasts: its entries are handed to others this long after it died. */
  beatMs?: number;
  retryMs?: number;
  onError?: (error: unknown) => void;
  now?: () => number;
}

/** How often a worker beats at most: also how soon it finds a dead worker's entries once their beat has ended. */
const BEAT_EVERY_MS = 5000;
/** Seconds a blocking pop waits before it looks again (a stop does not wait for it). */
const BLOCK_S = 5;

/**
 * Drains a ready list: one blocking pop (`BLMOVE` into this worker's processing list) per entry, up
 * to `concurrency` entries at once. A beat every third of `beatMs` (at most every 5 s) keeps this worker's entries its
 * own, hands back those of dead workers and promotes entries whose delay has passed; a delay also
 * sets a timer, so a short backoff does not wait for the next beat.
 *
 * @example
 * const worker = new ReadyWorker({ redis, list, concurrency: 4, handle: async (lease) => { … } });
 * worker.start(); … await worker.close();
 */
export class ReadyWorker {
  readonly id = randomUUID();
  private readonly blocking: Redis;
  private readonly active = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private beatTimer?: NodeJS.Timeout;
  private running = false;
  private loop?: Promise<void>;
  private readonly beatMs: number;
  private readonly now: () => number;

  constructor(private readonly options: ReadyWorkerOptions) {
    this.blocking = options.redis.duplicate();
    this.blocking.on('error', () => undefined);
    this.beatMs = options.beatMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  get name(): string {
    return this.options.list.name;
  }

  start(): this {
    this.running = true;
    const beat = () => void this.options.list.beat(this.id, this.beatMs, this.now()).catch((error: unknown) => this.options.onError?.(error));
    beat();
    this.beatTimer = setInterval(beat, Math.max(100, Math.min(BEAT_EVERY_MS, Math.floor(this.beatMs / 3))));
    this.loop = this.run();
    return this;
  }

  private async run(): Promise<void> {
    const { list } = this.options;
    const processingKey = list.processingKey(this.id);
    while (this.running) {
      if (this.active.size >= this.options.concurrency) {
        await Promise.race(this.active);
        continue;
      }
      let raw: string | null;
      try {
        raw = await this.blocking.blmove(list.readyKey, processingKey, 'LEFT', 'RIGHT', BLOCK_S);
      } catch (error) {
        if (!this.running) break;
        this.options.onError?.(error);
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      if (raw === null) continue;
      const done: Promise<void> = this.settle(raw).finally(() => this.active.delete(done));
      this.active.add(done);
    }
  }

  private async settle(raw: string): Promise<void> {
    const lease: Lease = { ...this.options.list.lease(this.id, raw), delay: (at, current = raw) => this.delay(current, at) };
    try {
      await this.options.handle(lease);
    } catch (error) {
      this.options.onError?.(error);
      await this.delay(raw, this.now() + (this.options.retryMs ?? 5000)).catch((e: unknown) => this.options.onError?.(e));
    }
  }

  private async delay(raw: string, at: number): Promise<boolean> {
    const moved = await this.options.list.delay(this.id, raw, at);
    this.promoteAt(at);
    return moved;
  }

  /** The beat promotes due entries anyway; a timer makes a short backoff wait no longer than it says. */
  private promoteAt(at: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.options.list.beat('', 0, this.now()).catch(() => undefined);
    }, Math.max(0, at - this.now()) + 5);
    timer.unref();
    this.timers.add(timer);
  }

  /** Stops popping, lets what it holds finish, then hands back anything left and leaves. */
  async close(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.beatTimer);
    for (const timer of this.timers) clearTimeout(timer);
    this.blocking.disconnect();
    await this.loop;
    await Promise.allSettled([...this.active]);
    await this.options.list.leave(this.id).catch((error: unknown) => this.options.onError?.(error));
  }
}
