import { Redis } from 'ioredis';
import { AppError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { timeLimit } from '../shared/time-limit.js';

/**
 * A Redis connection as BullMQ wants it: `maxRetriesPerRequest: null` so blocking commands survive
 * reconnects instead of failing jobs. While Redis is away commands wait in ioredis' offline queue and
 * run once it is back; ioredis reconnects by itself.
 *
 * An outage is logged once when it starts and once when it ends (ioredis would otherwise print every
 * failed reconnect attempt to stderr as an unhandled error event).
 *
 * @example
 * const redis = createRedis('redis://127.0.0.1:6379', log);
 */
export function createRedis(url: string, log?: Logger): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
  let away = false;
  redis.on('error', (error: Error) => {
    if (!away) log?.warn({ err: error }, 'redis: connection lost; reconnecting');
    away = true;
  });
  redis.on('ready', () => {
    if (away) log?.info('redis: connected again');
    away = false;
  });
  return redis;
}

/**
 * Waits until the connection is ready, as start-up waits for MongoDB: a process that answers before
 * Redis does would refuse its first requests.
 */
export async function redisReady(redis: Redis, timeoutMs = 10_000): Promise<void> {
  if (redisConnected(redis)) return;
  const ready = new Promise<boolean>((resolve) => redis.once('ready', () => resolve(true)));
  if (!(await timeLimit(ready, timeoutMs, false))) {
    throw new AppError('UNAVAILABLE', `Redis did not answer within ${timeoutMs / 1000} s; start it, or set REDIS_URL to where it runs.`);
  }
}

/** True while the connection is up: what a request must see before it records anything in Redis. */
export function redisConnected(redis: Redis): boolean {
  return redis.status === 'ready';
}

/**
 * The readiness probe: false at once while disconnected (a PING would wait in the offline queue for
 * as long as Redis is away), and false when a PING takes longer than `timeoutMs`.
 */
export async function pingRedis(redis: Redis, timeoutMs = 2000): Promise<boolean> {
  if (!redisConnected(redis)) return false;
  return timeLimit(redis.ping().then((answer) => answer === 'PONG', () => false), timeoutMs, false);
}

/** Errors ioredis gives when a command could not reach Redis (not Redis' own error replies). */
export function isRedisOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'MaxRetriesPerRequestError' || error.message === 'Connection is closed.' || /Stream isn't writeable/.test(error.message);
}

export type { Redis } from 'ioredis';
