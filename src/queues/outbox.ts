import type { Redis } from 'ioredis';
import { extendLock, lockLeft, releaseLock, takeLock } from './owned-lock.js';
import { TAKE_SLOT, type RateSlot } from './send-rate.js';

// An id waiting or in flight is pushed once: a turn queued twice (a redelivery) is one entry.
const PUSH = `
local pushed = 0
for i, id in ipairs(ARGV) do
  if redis.call('sadd', KEYS[2], id) == 1 then
    redis.call('rpush', KEYS[1], id)
    pushed = pushed + 1
  end
end
return pushed`;

// Removes the head only if it is still the id just delivered.
const POP = `
if redis.call('lindex', KEYS[1], 0) == ARGV[1] then
  redis.call('lpop', KEYS[1])
  redis.call('srem', KEYS[2], ARGV[1])
  return 1
end
return 0`;

// Takes the chat for sending in one round trip: not while it is held, not while another holds its
// lock (then says how long that lock lasts), and an empty outbox is let go at once.
const TAKE = `${TAKE_SLOT}
local hold = tonumber(redis.call('get', KEYS[3]) or '0')
if hold > tonumber(ARGV[3]) then return {'held', hold} end
if not redis.call('set', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') then return {'busy', redis.call('pttl', KEYS[2])} end
local head = redis.call('lindex', KEYS[1], 0)
if not head then redis.call('del', KEYS[2]) return {'empty'} end
if not KEYS[4] then return {'head', head, 1} end
return {'head', head, take_slot(KEYS[4], ARGV[4], tonumber(ARGV[5]))}`;

// Removes the id just handled (if still first); then, while the lock is the owner's, lets it go when
// the outbox is empty (atomically: an id pushed later finds it free and its own job sends it) or
// extends it and returns the next id.
const NEXT = `${TAKE_SLOT}
if redis.call('lindex', KEYS[1], 0) == ARGV[2] then
  redis.call('lpop', KEYS[1])
  redis.call('srem', KEYS[2], ARGV[2])
end
if redis.call('get', KEYS[3]) ~= ARGV[1] then return false end
local head = redis.call('lindex', KEYS[1], 0)
if not head then redis.call('del', KEYS[3]) return false end
redis.call('pexpire', KEYS[3], ARGV[3])
if not KEYS[4] then return {head, 1} end
return {head, take_slot(KEYS[4], ARGV[4], tonumber(ARGV[5]))}`;

/**
 * What taking a chat found: its first id (the lock is the taker's; `paced` when a send slot was
 * taken for it in the same step), an empty outbox (no lock kept), another holder (with how long its
 * lock lasts) or a hold until a time (epoch ms).
 */
export type OutboxTake = { kind: 'head'; id: string; paced: boolean } | { kind: 'empty' } | { kind: 'busy'; lockLeftMs: number } | { kind: 'held'; until: number };

/**
 * One ordered list of outbound message ids per chat (channel account and address), with one lock
 * per chat in Redis. Whoever holds the lock sends from the head and removes an id only after it
 * was delivered (or failed for good), so one chat's messages leave strictly one after another in
 * the order they were queued, across workers and instances, while other chats go on in parallel.
 * A chat can also be held (the platform said "retry after"): nobody sends to it until then.
 *
 * @example
 * await outbox.push('telegram', '42', ['out_Ab3_0', 'out_Ab3_1']);
 * await outbox.peek('telegram', '42'); // 'out_Ab3_0'
 */
export class ChatOutbox {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(kind: string, channel: string, chat: string): string {
    return `${this.prefix}:outbox${kind}:${channel}:${chat}`;
  }

  /** Appends ids not already waiting; resolves to how many were added. */
  async push(channel: string, chat: string, ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    return Number(await this.redis.eval(PUSH, 2, this.key('', channel, chat), this.key('-ids', channel, chat), ...ids));
  }

  /** Takes the chat's lock with its first id, and a send slot for it when `slot` is given, in one round trip (see `OutboxTake`). */
  async take(channel: string, chat: string, owner: string, ttlMs: number, now: number, slot?: RateSlot): Promise<OutboxTake> {
    const keys = [this.key('', channel, chat), this.key('-lock', channel, chat), this.key('-hold', channel, chat), ...(slot ? [slot.key] : [])];
    const args = [owner, String(ttlMs), String(now), ...(slot ? [String(slot.max), String(slot.durationMs)] : [])];
    const [kind, value, full] = (await this.redis.eval(TAKE, keys.length, ...keys, ...args)) as [OutboxTake['kind'], (string | number)?, number?];
    if (kind === 'head') return { kind, id: String(value), paced: full === 0 };
    if (kind === 'busy') return { kind, lockLeftMs: Math.max(0, Number(value)) };
    if (kind === 'held') return { kind, until: Number(value) };
    return { kind: 'empty' };
  }

  /**
   * Done with `done` (the id as taken): removes it, then returns the next id while still holding the
   * lock (`paced` as in `take`); null when the outbox is empty (the lock is let go) or the lock is no
   * longer the owner's.
   */
  async next(channel: string, chat: string, owner: string, done: string, ttlMs: number, slot?: RateSlot): Promise<{ id: string; paced: boolean } | null> {
    const keys = [this.key('', channel, chat), this.key('-ids', channel, chat), this.key('-lock', channel, chat), ...(slot ? [slot.key] : [])];
    const args = [owner, done, String(ttlMs), ...(slot ? [String(slot.max), String(slot.durationMs)] : [])];
    const found = (await this.redis.eval(NEXT, keys.length, ...keys, ...args)) as [string, number] | null;
    return found ? { id: found[0], paced: found[1] === 0 } : null;
  }

  async peek(channel: string, chat: string): Promise<string | null> {
    return this.redis.lindex(this.key('', channel, chat), 0);
  }

  async pop(channel: string, chat: string, id: string): Promise<void> {
    await this.redis.eval(POP, 2, this.key('', channel, chat), this.key('-ids', channel, chat), id);
  }

  async length(channel: string, chat: string): Promise<number> {
    return this.redis.llen(this.key('', channel, chat));
  }

  async lock(channel: string, chat: string, owner: string, ttlMs: number): Promise<boolean> {
    return takeLock(this.redis, this.key('-lock', channel, chat), owner, ttlMs);
  }

  /** How long the chat's lock still holds (0 when free). */
  async lockLeft(channel: string, chat: string): Promise<number> {
    return lockLeft(this.redis, this.key('-lock', channel, chat));
  }

  async extend(channel: string, chat: string, owner: string, ttlMs: number): Promise<boolean> {
    return extendLock(this.redis, this.key('-lock', channel, chat), owner, ttlMs);
  }

  async release(channel: string, chat: string, owner: string): Promise<void> {
    await releaseLock(this.redis, this.key('-lock', channel, chat), owner);
  }

  /** Nobody sends to the chat before `until` (epoch ms). */
  async hold(channel: string, chat: string, until: number, now: number): Promise<void> {
    await this.redis.set(this.key('-hold', channel, chat), String(until), 'PX', Math.max(1, until - now));
  }

  /** The end of the chat's hold, or null when it may be sent to now. */
  async heldUntil(channel: string, chat: string, now: number): Promise<number | null> {
    const raw = await this.redis.get(this.key('-hold', channel, chat));
    const until = raw === null ? 0 : Number(raw);
    return until > now ? until : null;
  }
}
