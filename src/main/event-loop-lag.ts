import { performance } from 'node:perf_hooks';

/**
 * How late the event loop runs: a timer that should tick every `intervalMs` notes how much later it
 * ticked, and `lagMs()` gives the largest delay seen within the last `windowMs`, counting a stall still
 * in progress (a call that itself runs late sees the tick it missed). Monotonic time, never the app's
 * clock: tests fix that one.
 *
 * @example
 * const lag = new EventLoopLag().start();
 * lag.lagMs(); // 0 on an idle process, 3000 after a 3 s synchronous loop
 * lag.stop();
 */
export class EventLoopLag {
  private timer?: NodeJS.Timeout;
  private lastTick = performance.now();
  private samples: Array<{ at: number; lagMs: number }> = [];
  private readonly intervalMs: number;
  private readonly windowMs: number;

  constructor(options: { intervalMs?: number; windowMs?: number } = {}) {
    this.intervalMs = options.intervalMs ?? 200;
    this.windowMs = options.windowMs ?? 10_000;
  }

  start(): this {
    this.lastTick = performance.now();
    this.timer ??= setInterval(() => this.tick(), this.intervalMs).unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The largest delay in the window, in whole milliseconds. */
  lagMs(): number {
    const now = performance.now();
    this.samples = this.samples.filter((s) => s.at >= now - this.windowMs);
    const stalled = this.timer ? this.delay(now) : 0;
    return Math.round(Math.max(stalled, ...this.samples.map((s) => s.lagMs)));
  }

  private delay(now: number): number {
    return Math.max(0, now - this.lastTick - this.intervalMs);
  }

  private tick(): void {
    const now = performance.now();
    const lagMs = this.delay(now);
    this.lastTick = now;
    // Timer jitter of a few milliseconds is no news; keep only delays worth reporting.
    if (lagMs >= 20) this.samples.push({ at: now, lagMs });
  }
}
