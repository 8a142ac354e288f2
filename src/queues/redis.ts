import { Redis } from 'ioredis';

/**
 * A Redis connection as BullMQ wants it: `maxRetriesPerRequest: null` so blocking commands survive
 * reconnects instead of failing jobs.
 *
 * @example
 * const redis = createRedis('redis://127.0.0.1:6379');
 */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export async function pingRedis(redis: Redis): Promise<boolean> {
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}

export type { Redis } from 'ioredis';
