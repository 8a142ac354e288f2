import type { Redis } from 'ioredis';
import type { SendLimits } from '../app/channel-port.js';

// Atomic per account and window: counts the send; over the limit it does not count and says how long to wait.
const TAKE = `
local count = redis.call('incr', KEYS[1])
if count == 1 then redis.call('pexpire', KEYS[1], ARGV[2] + 1000) end
if count <= tonumber(ARGV[1]) then return 0 end
redis.call('decr', KEYS[1])
return 1`;

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

  /** Takes a send from the current window; resolves to 0, or how long to wait before trying again. */
  async take(channel: string, limits: Pick<SendLimits, 'max' | 'durationMs'>): Promise<number> {
    const now = this.now();
    const window = Math.floor(now / limits.durationMs);
    const full = Number(await this.redis.eval(TAKE, 1, `${this.prefix}:send-rate:${channel}:${window}`, String(limits.max), String(limits.durationMs)));
    return full ? (window + 1) * limits.durationMs - now : 0;
  }
}
