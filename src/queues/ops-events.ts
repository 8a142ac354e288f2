import type { Redis } from 'ioredis';
import type { OpsEvent, OpsMetrics } from '../app/ops/ops-metrics.js';
import type { Logger } from '../shared/logger.js';

/** Events kept while nobody scrapes: enough for hours of a busy posyandu day, bounded all the same. */
const MAX_PENDING = 100_000;
const FLUSH_EVERY_MS = 1_000;
const FLUSH_AT = 500;

const encode = (event: OpsEvent): string => (event.kind === 'turn' ? `turn|${event.seconds.toFixed(4)}` : `${event.kind}|${event.channel}`);

function decode(text: string): OpsEvent | null {
  const [kind, value = ''] = text.split('|', 2);
  if (kind === 'turn') {
    const seconds = Number(value);
    return Number.isFinite(seconds) ? { kind, seconds } : null;
  }
  return kind === 'in' || kind === 'out' || kind === 'refused' ? { kind, channel: value } : null;
}

/**
 * Operations events through Redis, so that the counts of a worker process reach the server that
 * answers `/metrics` (server and worker may be separate processes, see `ROLE`). Each event is
 * counted once across the fleet: the scrape that drains it adds it to its own process' counters,
 * and Prometheus sums the servers.
 *
 * @example
 * const events = new RedisOpsEvents(redis, env.QUEUE_PREFIX, log);
 * events.record({ kind: 'out', channel: 'telegram' });
 * await events.drain(); // [{ kind: 'out', channel: 'telegram' }]
 */
export class RedisOpsEvents implements OpsMetrics {
  private readonly key: string;
  private readonly pending: string[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly log: Logger,
    /** A monotonic clock in milliseconds: turn durations are wall time, not the app's (test) clock. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.key = `${prefix}:ops-events`;
  }

  /**
   * Kept in memory and written in one push a second (or at a scrape): three writes per message
   * would cost more Redis commands than the message's own turn.
   */
  record(event: OpsEvent): void {
    this.pending.push(encode(event));
    if (this.pending.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS).unref();
  }

  private async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const texts = this.pending.splice(0);
    if (texts.length === 0) return;
    await this.redis
      .multi()
      .rpush(this.key, ...texts)
      .ltrim(this.key, -MAX_PENDING, -1)
      .exec()
      .catch((error: unknown) => this.log.warn({ err: error, events: texts.length }, 'metrics: events were not recorded'));
  }

  startTurn(): () => void {
    const started = this.now();
    return () => this.record({ kind: 'turn', seconds: (this.now() - started) / 1000 });
  }

  /** Takes every event recorded so far, oldest first; each is handed to one caller only. */
  async drain(): Promise<OpsEvent[]> {
    await this.flush();
    const results = await this.redis.multi().lrange(this.key, 0, -1).del(this.key).exec();
    const texts = (results?.[0]?.[1] ?? []) as string[];
    return texts.flatMap((text) => decode(text) ?? []);
  }
}
