import type { Redis } from 'ioredis';

// Only the owner's token may extend or free a lock: one that expired and was taken by another is left alone.
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A lock in Redis held by an owner token: `SET NX PX` to take it, compare-and-set to extend or
 * free it. Shared by the contact inboxes, the chat outboxes and the record locks.
 *
 * @example
 * if (await takeLock(redis, key, owner, 60_000)) try { work() } finally { await releaseLock(redis, key, owner) }
 */
export async function takeLock(redis: Redis, key: string, owner: string, ttlMs: number): Promise<boolean> {
  return (await redis.set(key, owner, 'PX', ttlMs, 'NX')) === 'OK';
}

export async function extendLock(redis: Redis, key: string, owner: string, ttlMs: number): Promise<boolean> {
  return (await redis.eval(EXTEND, 1, key, owner, String(ttlMs))) === 1;
}

export async function releaseLock(redis: Redis, key: string, owner: string): Promise<void> {
  await redis.eval(RELEASE, 1, key, owner);
}

/** Milliseconds until the lock expires by itself; 0 when nobody holds it. */
export async function lockLeft(redis: Redis, key: string): Promise<number> {
  return Math.max(0, await redis.pttl(key));
}
