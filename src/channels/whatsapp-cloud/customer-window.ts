import type { Redis } from 'ioredis';
import { opaqueName } from '../../shared/opaque-name.js';

/** 24 hours: how long after a person's last message free-form messages may go to them. */
export const WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * When each WhatsApp number last wrote, for the 24-hour customer-service window.
 *
 * @example
 * await window.touch('628111000001', new Date('2026-03-09T02:00:00Z'));
 * isWindowOpen(await window.lastInbound('628111000001'), now); // true within 24 hours
 */
export interface CustomerWindow {
  touch(address: string, at: Date): Promise<void>;
  lastInbound(address: string): Promise<Date | null>;
  /** Marks the window closed (WhatsApp said so with 131047). */
  close(address: string): Promise<void>;
}

export function isWindowOpen(lastInbound: Date | null, now: Date): boolean {
  return lastInbound !== null && now.getTime() - lastInbound.getTime() < WINDOW_MS;
}

/**
 * The window in Redis: one key per number holding the last inbound time, kept a little longer than
 * the window itself. A late webhook never moves the time backwards. The key names the number by a
 * keyed pseudonym, so no phone number is in Redis.
 */
export class RedisCustomerWindow implements CustomerWindow {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly secret: string,
  ) {}

  private key(address: string): string {
    return `${this.prefix}:wa-window:${opaqueName(this.secret, address)}`;
  }

  async touch(address: string, at: Date): Promise<void> {
    const key = this.key(address);
    const current = Number(await this.redis.get(key));
    if (Number.isFinite(current) && current >= at.getTime()) return;
    await this.redis.set(key, String(at.getTime()), 'PX', WINDOW_MS + 60 * 60 * 1000);
  }

  /** Keys named by the number itself, written before the pseudonyms; they expire within 25 hours of an upgrade. */
  private legacyKey(address: string): string {
    return `${this.prefix}:wa-window:${address}`;
  }

  async lastInbound(address: string): Promise<Date | null> {
    const value = (await this.redis.get(this.key(address))) ?? (await this.redis.get(this.legacyKey(address)));
    return value ? new Date(Number(value)) : null;
  }

  async close(address: string): Promise<void> {
    await this.redis.del(this.key(address), this.legacyKey(address));
  }
}

/** The window in memory, for tests and the demo. */
export class MemoryCustomerWindow implements CustomerWindow {
  private readonly times = new Map<string, Date>();

  async touch(address: string, at: Date): Promise<void> {
    const current = this.times.get(address);
    if (!current || current < at) this.times.set(address, at);
  }

  async lastInbound(address: string): Promise<Date | null> {
    return this.times.get(address) ?? null;
  }

  async close(address: string): Promise<void> {
    this.times.delete(address);
  }
}
