import type { Redis } from 'ioredis';

/**
 * Spaces sends to one chat (Telegram asks for at most about one message a second per chat) across
 * every worker and instance: a Redis key per chat holds the next allowed time.
 *
 * @example
 * const waitMs = await pacer.reserve('42'); // 0, then 1000, then 2000 for three quick sends
 */
export interface ChatPacer {
  /** Reserves the chat's next send slot; resolves to how long to wait for it. */
  reserve(chat: string): Promise<number>;
  /** Pushes the chat's next slot at least `ms` from now (Telegram said "retry after"). */
  holdOff(chat: string, ms: number): Promise<void>;
}

// Atomic per chat: the slot is max(now, stored next); the key expires once it no longer matters.
const RESERVE = `
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local slot = math.max(now, tonumber(redis.call('get', KEYS[1]) or '0'))
redis.call('set', KEYS[1], slot + interval, 'PX', slot + interval - now + 1000)
return slot`;

const HOLD_OFF = `
local now = tonumber(ARGV[1])
local until_ = math.max(now + tonumber(ARGV[2]), tonumber(redis.call('get', KEYS[1]) or '0'))
redis.call('set', KEYS[1], until_, 'PX', until_ - now + 1000)
return until_`;

/**
 * The Redis-backed pacer. `now` is injectable so tests can check the slots without waiting.
 *
 * @example
 * const pacer = new RedisChatPacer(redis, 'posyandu:tg-pace', 1000);
 */
export class RedisChatPacer implements ChatPacer {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async reserve(chat: string): Promise<number> {
    const now = this.now();
    const slot = Number(await this.redis.eval(RESERVE, 1, `${this.prefix}:${chat}`, String(now), String(this.intervalMs)));
    return Math.max(0, slot - now);
  }

  async holdOff(chat: string, ms: number): Promise<void> {
    await this.redis.eval(HOLD_OFF, 1, `${this.prefix}:${chat}`, String(this.now()), String(Math.max(0, Math.ceil(ms))));
  }
}
