import type { Redis } from 'ioredis';
import type { ReplyAllowance, ReplyLimiter } from '../app/messages/message-ports.js';
import { opaqueName } from '../shared/opaque-name.js';

// Atomic per chat. A turn goes out whole or not at all: within the limit (or as the window's first
// turn, however long) it is counted; the first turn over it gets the note, and the chat is quiet
// until the window that began with its first counted reply ends.
const ADMIT = `
if redis.call('exists', KEYS[2]) == 1 then return 'drop' end
local count = tonumber(redis.call('get', KEYS[1]) or '0')
local n = tonumber(ARGV[1])
if count == 0 or count + n <= tonumber(ARGV[2]) then
  if redis.call('incrby', KEYS[1], n) == n then redis.call('pexpire', KEYS[1], ARGV[3]) end
  return 'send'
end
local left = redis.call('pttl', KEYS[1])
if left <= 0 then left = tonumber(ARGV[3]) end
redis.call('set', KEYS[2], '1', 'PX', left)
return 'note'`;

/**
 * The Redis-backed reply limiter: at most `limit` replies per chat in a window of `windowMs`, then
 * one note and silence until the window ends. Other chats are not affected: every chat has its own
 * count.
 *
 * @example
 * const limiter = new RedisReplyLimiter(redis, 'posyandu', { limit: 60, windowMs: 120_000 }, env.LOG_HASH_SECRET);
 * await limiter.admit('telegram:42', 3); // 'send'
 */
export class RedisReplyLimiter implements ReplyLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly options: { limit: number; windowMs: number },
    /** Keys the chats' opaque names in Redis: a chat is a phone number. */
    private readonly nameSecret: string,
  ) {}

  get windowMs(): number {
    return this.options.windowMs;
  }

  async admit(chat: string, replies: number): Promise<ReplyAllowance> {
    const name = opaqueName(this.nameSecret, chat);
    const keys = [`${this.prefix}:reply-count:${name}`, `${this.prefix}:reply-noted:${name}`];
    return (await this.redis.eval(ADMIT, 2, ...keys, String(replies), String(this.options.limit), String(this.options.windowMs))) as ReplyAllowance;
  }
}
