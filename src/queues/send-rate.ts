import type { Redis } from 'ioredis';
import type { SendLimits } from '../app/channel-port.js';

/**
 * Lua: counts a send in the window `key`, at most `max` (kept `ms` + 1 s); over the limit it counts
 * nothing and gives 1. Other scripts (the outbox's) call it to take a slot in their own round trip.
 */
export const TAKE_SLOT = `
local function take_slot(key, max, ms)
  local count = redis.call('incr', key)
  if count == 1 then redis.call('pexpire', key, ms + 1000) end
  if count <= tonumber(max) then return 0 end
  redis.call('decr', key)
  return 1
end`;

// Atomic per account and window: counts the send; over the limit it does not count and says how long to wait.
const TAKE = `${TAKE_SLOT}
return take_slot(KEYS[1], ARGV[1], tonumber(ARGV[2]))`;

/** A send slot of the account's current window, for a script to take (see `TAKE_SLOT`). */
export interface RateSlot {
  key: string;
  max: number;
  durationMs: number;
}

/**
 * A channel account's message rate (`limits`: at most `max` sends in each `durationMs` window),
 * shared by every worker and instance. It counts messages, not jobs: one send job may carry several
 * messages of one chat.
 *
 * @example
 * await rate.take('whatsapp-baileys', { max: 20, durationMs: 60_000 }); // 0 for the first 20 this minute, then the wait
 */
export class AccountRate {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current window's slot, to take inside another script. */
  slot(channel: string, limits: Pick<SendLimits, 'max' | 'durationMs'>): RateSlot {
    return { key: `${this.prefix}:send-rate:${channel}:${Math.floor(this.now() / limits.durationMs)}`, max: limits.max, durationMs: limits.durationMs };
  }

  /** Takes a send from the current window; resolves to 0, or how long to wait before trying again. */
  async take(channel: string, limits: Pick<SendLimits, 'max' | 'durationMs'>): Promise<number> {
    const now = this.now();
    const window = Math.floor(now / limits.durationMs);
    const full = Number(await this.redis.eval(TAKE, 1, `${this.prefix}:send-rate:${channel}:${window}`, String(limits.max), String(limits.durationMs)));
    return full ? (window + 1) * limits.durationMs - now : 0;
  }
}
