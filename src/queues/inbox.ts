import type { Redis } from 'ioredis';

import type { ConversationItem } from '../app/ports.js';

/** What waits in a contact's inbox, in arrival order. */
export type InboxItem = ConversationItem;

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/**
 * One ordered list and one lock per conversation key in Redis. Whoever holds the lock drains the
 * list from the head, removing an item only after it has been handled, so a crash leaves it for
 * the next holder and messages from one contact never run two at once, across instances.
 *
 * @example
 * await inbox.push('simulator:+628111000001', { kind: 'message', inboundId: 'simulator:m1' });
 */
export class ContactInbox {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private listKey(key: string): string {
    return `${this.prefix}:inbox:${key}`;
  }

  private lockKey(key: string): string {
    return `${this.prefix}:lock:${key}`;
  }

  async push(key: string, item: InboxItem): Promise<void> {
    await this.redis.rpush(this.listKey(key), JSON.stringify(item));
  }

  async peek(key: string): Promise<InboxItem | null> {
    const raw = await this.redis.lindex(this.listKey(key), 0);
    return raw ? (JSON.parse(raw) as InboxItem) : null;
  }

  async pop(key: string): Promise<void> {
    await this.redis.lpop(this.listKey(key));
  }

  async length(key: string): Promise<number> {
    return this.redis.llen(this.listKey(key));
  }

  async lock(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.lockKey(key), owner, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async extend(key: string, owner: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.eval(EXTEND, 1, this.lockKey(key), owner, String(ttlMs))) === 1;
  }

  async release(key: string, owner: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.lockKey(key), owner);
  }
}
