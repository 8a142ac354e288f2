import type { Redis } from 'ioredis';
import type { OpsEvent, OpsMetrics } from '../app/ops/ops-metrics.js';
import type { Logger } from '../shared/logger.js';

/** Events kept while nobody scrapes: enough for hours of a busy posyandu day, bounded all the same. */
const MAX_PENDING = 100_000;

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

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly log: Logger,
    /** A monotonic clock in milliseconds: turn durations are wall time, not the app's (test) clock. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.key = `${prefix}:ops-events`;
  }

  record(event: OpsEvent): void {
    this.redis
      .multi()
      .rpush(this.key, encode(event))
      .ltrim(this.key, -MAX_PENDING, -1)
      .exec()
      .catch((error: unknown) => this.log.warn({ err: error }, 'metrics: an event was not recorded'));
  }

  startTurn(): () => void {
    const started = this.now();
    return () => this.record({ kind: 'turn', seconds: (this.now() - started) / 1000 });
  }

  /** Takes every event recorded so far, oldest first; each is handed to one caller only. */
  async drain(): Promise<OpsEvent[]> {
    const results = await this.redis.multi().lrange(this.key, 0, -1).del(this.key).exec();
    const texts = (results?.[0]?.[1] ?? []) as string[];
    return texts.flatMap((text) => decode(text) ?? []);
  }
}
