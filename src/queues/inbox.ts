import type { Redis } from 'ioredis';

import type { ConversationItem } from '../app/ports.js';
import { extendLock, lockLeft, releaseLock, takeLock } from './owned-lock.js';

/** What waits in a contact's inbox, in arrival order. */
export type InboxItem = ConversationItem;

/** Seals what an item carries of a person's message (their address, their words) while it waits in Redis. */
export interface ItemSeal {
  seal(plain: string): string;
  open(sealed: string): string;
}

/** An item as stored: its ref (for the dedupe of pushes) and, for a message, its content sealed. */
interface StoredItem {
  ref?: string;
  kind: InboxItem['kind'];
  sealed?: string;
  [field: string]: unknown;
}

/** The head of an inbox as stored, so a failure is counted against exactly this item. */
export interface InboxHead {
  item: InboxItem;
  raw: string;
}

// Counts failures of the item at the head since its first; another item at the head starts afresh.
const NOTE_FAILURE = `
if redis.call('hget', KEYS[1], 'head') ~= ARGV[1] then redis.call('hset', KEYS[1], 'head', ARGV[1], 'count', 0, 'first', ARGV[3]) end
local count = redis.call('hincrby', KEYS[1], 'count', 1)
redis.call('pexpire', KEYS[1], ARGV[2])
return {count, redis.call('hget', KEYS[1], 'first')}`;
const FAILURES_KEPT_MS = 24 * 3600_000;

// Takes the lock and reads the head in one round trip; an empty inbox is let go at once.
const TAKE = `
if not redis.call('set', KEYS[2], ARGV[1], 'PX', ARGV[2], 'NX') then return {0, redis.call('llen', KEYS[1])} end
local head = redis.call('lindex', KEYS[1], 0)
if not head then redis.call('del', KEYS[2]) return {1} end
return {1, head}`;

// Appends an item unless one with the same ref waits already (a redelivered message queued twice).
const PUSH = `
if ARGV[1] ~= '' and redis.call('sadd', KEYS[2], ARGV[1]) == 0 then return 0 end
redis.call('rpush', KEYS[1], ARGV[2])
return 1`;

// Removes the handled head (if still first) with its ref and its failure count; then, while the lock is the
// owner's, lets it go when the inbox is empty (atomically: a later push finds it free and its own job
// drains) or extends it and returns the next head.
const NEXT = `
if redis.call('lindex', KEYS[1], 0) == ARGV[2] then
  redis.call('lpop', KEYS[1])
  redis.call('del', KEYS[3])
  if ARGV[4] ~= '' then redis.call('srem', KEYS[4], ARGV[4]) end
end
if redis.call('get', KEYS[2]) ~= ARGV[1] then return false end
local head = redis.call('lindex', KEYS[1], 0)
if not head then redis.call('del', KEYS[2]) return false end
redis.call('pexpire', KEYS[2], ARGV[3])
return head`;

/** The lock taken with the head to handle (null: the inbox was empty, and the lock is let go), or another holder's with how many wait. */
export type InboxTake = { taken: true; head: InboxHead | null } | { taken: false; waiting: number };

/**
 * One ordered list and one lock per conversation in Redis. Whoever holds the lock drains the
 * list from the head, removing an item only after it has been handled, so a crash leaves it for
 * the next holder and messages from one contact never run two at once, across instances.
 * Conversations are named by an opaque id (see `InboundQueue`), never by a phone number.
 *
 * @example
 * await inbox.push('Xq3...', { kind: 'message', inboundId: 'simulator:m1' });
 */
export class ContactInbox {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** Without one, a message's content is not carried: the worker reads it from the store. */
    private readonly itemSeal?: ItemSeal,
  ) {}

  private encode(item: InboxItem, ref: string | undefined): string {
    const { message, ...rest } = item.kind === 'message' ? item : { ...item, message: undefined };
    const stored: StoredItem = { ...(ref ? { ref } : {}), ...rest };
    if (message && this.itemSeal) stored.sealed = this.itemSeal.seal(JSON.stringify(message));
    return JSON.stringify(stored);
  }

  private decode(raw: string): InboxHead {
    const { ref: _ref, sealed, ...item } = JSON.parse(raw) as StoredItem;
    if (!sealed || !this.itemSeal || item.kind !== 'message') return { item: item as InboxItem, raw };
    const message = JSON.parse(this.itemSeal.open(sealed)) as { receivedAt: string };
    return { item: { ...(item as InboxItem), message: { ...message, receivedAt: new Date(message.receivedAt) } } as InboxItem, raw };
  }

  private refOf(raw: string): string {
    return (JSON.parse(raw) as StoredItem).ref ?? '';
  }

  private refsKey(id: string): string {
    return `${this.prefix}:inbox-refs:${id}`;
  }

  private listKey(id: string): string {
    return `${this.prefix}:inbox:${id}`;
  }

  private lockKey(id: string): string {
    return `${this.prefix}:lock:${id}`;
  }

  private failuresKey(id: string): string {
    return `${this.prefix}:inbox-failures:${id}`;
  }

  /** Takes the lock and reads the head, in one round trip. */
  async take(id: string, owner: string, ttlMs: number): Promise<InboxTake> {
    const [taken, head] = (await this.redis.eval(TAKE, 2, this.listKey(id), this.lockKey(id), owner, String(ttlMs))) as [number, (string | number)?];
    if (!taken) return { taken: false, waiting: Number(head ?? 0) };
    return { taken: true, head: typeof head === 'string' ? this.decode(head) : null };
  }

  /**
   * Done with `done` (the head as read): removes it, then returns the next head while still holding
   * the lock; null when the inbox is empty (the lock is let go) or the lock is no longer the owner's.
   */
  async next(id: string, owner: string, done: string, ttlMs: number): Promise<InboxHead | null> {
    const keys = [this.listKey(id), this.lockKey(id), this.failuresKey(id), this.refsKey(id)];
    const raw = (await this.redis.eval(NEXT, 4, ...keys, owner, done, String(ttlMs), this.refOf(done))) as string | null;
    return raw ? this.decode(raw) : null;
  }

  /**
   * Appends an item; with a `ref`, not while an item of the same ref waits (a message redelivered
   * before it was handled). Resolves to whether it was appended.
   */
  async push(id: string, item: InboxItem, ref?: string): Promise<boolean> {
    return (await this.redis.eval(PUSH, 2, this.listKey(id), this.refsKey(id), ref ?? '', this.encode(item, ref))) === 1;
  }

  async peek(id: string): Promise<InboxHead | null> {
    const raw = await this.redis.lindex(this.listKey(id), 0);
    return raw ? this.decode(raw) : null;
  }

  async length(id: string): Promise<number> {
    return this.redis.llen(this.listKey(id));
  }

  /** How often the head `raw` has failed, this time included, and for how long (since its first failure). */
  async noteFailure(id: string, raw: string, now: number): Promise<{ count: number; forMs: number }> {
    const [count, first] = (await this.redis.eval(NOTE_FAILURE, 1, this.failuresKey(id), raw, String(FAILURES_KEPT_MS), String(now))) as [number, string];
    return { count, forMs: now - Number(first) };
  }

  async lock(id: string, owner: string, ttlMs: number): Promise<boolean> {
    return takeLock(this.redis, this.lockKey(id), owner, ttlMs);
  }

  /** Milliseconds until the lock expires by itself; 0 when nobody holds it. */
  async lockTtl(id: string): Promise<number> {
    return lockLeft(this.redis, this.lockKey(id));
  }

  async extend(id: string, owner: string, ttlMs: number): Promise<boolean> {
    return extendLock(this.redis, this.lockKey(id), owner, ttlMs);
  }

  async release(id: string, owner: string): Promise<void> {
    await releaseLock(this.redis, this.lockKey(id), owner);
  }

  /** Inboxes with items and no lock holder: a drain should be under way, or was lost. */
  async *unattended(): AsyncGenerator<string> {
    const start = `${this.prefix}:inbox:`;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${start}*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) {
        const id = key.slice(start.length);
        if ((await this.length(id)) > 0 && (await this.lockTtl(id)) === 0) yield id;
      }
    } while (cursor !== '0');
  }
}
