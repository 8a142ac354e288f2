import { randomUUID } from 'node:crypto';
import type { KeyedLock } from '../app/keyed-lock.js';
import { AppError } from '../shared/errors.js';
import { releaseLock, takeLock } from './owned-lock.js';
import type { Redis } from './redis.js';

/**
 * One holder per key across processes: `SET key token NX PX ttl`, polled until free. Alert and
 * episode documents are updated by read-modify-write (FerretDB does so even for `$push`), so every
 * change of one alert, or of one child's episodes, runs under its key.
 *
 * @example
 * const locks = new RedisLock(redis, 'pb');
 * await locks.withLock('alert:al-1', async () => change());
 */
export class RedisLock implements KeyedLock {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly options: { ttlMs: number; waitMs: number; pollMs: number } = { ttlMs: 30_000, waitMs: 20_000, pollMs: 25 },
  ) {}

  async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const name = `${this.prefix}:lock:${key}`;
    const token = randomUUID();
    const started = Date.now();
    while (!(await takeLock(this.redis, name, token, this.options.ttlMs))) {
      if (Date.now() - started > this.options.waitMs) {
        throw new AppError('TIMEOUT', 'Another change of the same record is taking too long; try again shortly.', { key });
      }
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs));
    }
    try {
      return await work();
    } finally {
      await releaseLock(this.redis, name, token);
    }
  }
}
