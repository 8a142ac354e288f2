import type { Redis } from 'ioredis';

import type { ConversationItem } from '../app/messages/conversation-ports.js';
import { ReadyList } from './ready-list.js';
import type { Lease } from './ready-worker.js';

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

// Appends an item unless one with the same ref waits already (a redelivered message queued twice);
// the first item of an idle inbox also goes to the ready list, with the contact: an inbox with items
// has exactly one entry somewhere (ready, a worker's hands, put off), so one worker at a time drains it.
const PUSH = `
if ARGV[1] ~= '' and redis.call('sadd', KEYS[2], ARGV[1]) == 0 then return 0 end
if redis.call('rpush', KEYS[1], ARGV[2]) == 1 then redis.call('rpush', KEYS[3], ARGV[3] .. '\\n' .. ARGV[2]) end
return 1`;

// Removes the handled head (if still first) with its ref and its failure count, and tells a waiter
// (the item has left the inbox). Then, if the worker still holds the contact's entry: the inbox
// empty, it lets the entry go; else the entry names the next head, which it returns.
const NEXT = `
if redis.call('lindex', KEYS[1], 0) == ARGV[2] then
  redis.call('lpop', KEYS[1])
  redis.call('del', KEYS[2])
  if ARGV[3] ~= '' then redis.call('srem', KEYS[3], ARGV[3]) end
end
if ARGV[5] ~= '' then redis.call('publish', ARGV[5], ARGV[6]) end
if redis.call('lrem', KEYS[4], 1, ARGV[1]) == 0 then return false end
local head = redis.call('lindex', KEYS[1], 0)
if not head then return false end
redis.call('rpush', KEYS[4], ARGV[4] .. '\\n' .. head)
return head`;

/** A message for a pub/sub channel, sent by the same step that removes the item (see `ProcessedSignal`). */
export interface Notice {
  channel: string;
  message: string;
}

/**
 * One ordered list per conversation in Redis, drained through the `inbound` ready list: the first
 * item of an idle inbox puts the contact's entry there, and the worker that pops it handles items
 * from the head, removing each only after it has been handled, until the inbox is empty. A crash
 * leaves the item and the entry (in the dead worker's processing list) for the next worker, and
 * messages from one contact never run two at once, across instances. Conversations are named by
 * an opaque id (see `InboundQueue`), never by a phone number.
 *
 * @example
 * await inbox.push('Xq3...', { kind: 'message', inboundId: 'simulator:m1' });
 */
export class ContactInbox {
  readonly ready: ReadyList;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** Without one, a message's content is not carried: the worker reads it from the store. */
    private readonly itemSeal?: ItemSeal,
  ) {
    this.ready = new ReadyList(redis, prefix, 'inbound');
  }

  private encode(item: InboxItem, ref: string | undefined): string {
    const { message, ...rest } = item.kind === 'message' ? item : { ...item, message: undefined };
    const stored: StoredItem = { ...(ref ? { ref } : {}), ...rest };
    if (message && this.itemSeal) stored.sealed = this.itemSeal.seal(JSON.stringify(message));
    return JSON.stringify(stored);
  }

  /** The item a head holds, as stored (`raw`) and as handled. */
  decode(raw: string): InboxHead {
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

  private failuresKey(id: string): string {
    return `${this.prefix}:inbox-failures:${id}`;
  }

  /**
   * Done with the lease's head (`lease.head` as read), in one round trip: removes it, publishes
   * `notice`, and returns the next head while the worker still holds the contact (its entry then
   * names that head: `lease.raw` must follow); null when the inbox is empty (the entry is let go)
   * or the entry is no longer the worker's.
   */
  async next(lease: Pick<Lease, 'id' | 'head' | 'raw' | 'processingKey'>, notice?: Notice): Promise<InboxHead | null> {
    const keys = [this.listKey(lease.id), this.failuresKey(lease.id), this.refsKey(lease.id), lease.processingKey];
    const args = [lease.raw, lease.head, this.refOf(lease.head), lease.id, notice?.channel ?? '', notice?.message ?? ''];
    const raw = (await this.redis.eval(NEXT, keys.length, ...keys, ...args)) as string | null;
    return raw ? this.decode(raw) : null;
  }

  /**
   * Appends an item; with a `ref`, not while an item of the same ref waits (a message redelivered
   * before it was handled). Resolves to whether it was appended.
   */
  async push(id: string, item: InboxItem, ref?: string): Promise<boolean> {
    return (await this.redis.eval(PUSH, 3, this.listKey(id), this.refsKey(id), this.ready.readyKey, ref ?? '', this.encode(item, ref), id)) === 1;
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
}
