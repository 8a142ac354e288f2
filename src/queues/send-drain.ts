import { isAppError } from '../shared/errors.js';
import type { ChatOutbox } from './outbox.js';
import type { Lease } from './ready-list.js';
import type { RateSlot } from './send-rate.js';

/** How often a message is tried, and the first backoff (doubling), before it is given up. */
export interface SendRetry {
  attempts: number;
  backoffMs: number;
}

export interface DrainDeps {
  outbox: ChatOutbox;
  channel: string;
  /** Messages sent before the chat goes to the back of the line. */
  fairShare: number;
  retry: SendRetry;
  now: () => number;
  /** Waits for the account's next send slot. */
  pace: () => Promise<void>;
  /** The account's current send slot, taken in the same round trip that reads the next id (else `pace` takes it). */
  slot?: () => RateSlot;
  deliver: (id: string) => Promise<void>;
  giveUp: (id: string, reason: string) => Promise<void>;
}

/** The platform's "retry after" carried by a channel's error, if any. */
export function retryAfterOf(error: unknown): number | null {
  if (!isAppError(error)) return null;
  const ms = error.context.retryAfterMs;
  return typeof ms === 'number' && ms >= 0 ? ms : null;
}

/**
 * Sends the outbox of the chat a worker holds (`lease`: the chat and its first id) from the head:
 * an id is removed only once its message was delivered, failed for good or given up, so a crash or
 * a retryable error leaves it first in line and nothing behind it overtakes it. One round trip per
 * message removes it and reads the next (taking the next send slot with it); after `fairShare`
 * messages the chat goes to the back of the ready list, so one chat with much to send does not keep
 * a worker from the others. A "retry after" or a failure puts the chat off until then; a message
 * that failed `retry.attempts` times is given up and the chat moves on.
 *
 * @example
 * await drainChat(lease, { outbox, channel: 'telegram', fairShare: 3, … });
 */
export async function drainChat(lease: Lease, d: DrainDeps): Promise<void> {
  const { outbox, channel } = d;
  let held = { id: lease.id, raw: lease.raw, processingKey: lease.processingKey };
  let head: { id: string; paced: boolean } | null = { id: lease.head, paced: false };
  for (let sent = 1; head; sent++) {
    const { id, paced } = head;
    if (!paced) await d.pace();
    try {
      await d.deliver(id);
    } catch (error) {
      if (!isAppError(error, 'CHANNEL_PERMANENT_FAILURE')) {
        const wait = retryAfterOf(error);
        if (wait !== null) return void (await lease.delay(d.now() + Math.max(1, wait), held.raw));
        const failures = await outbox.noteFailure(channel, held.id, id);
        if (failures < d.retry.attempts) return void (await lease.delay(d.now() + d.retry.backoffMs * 2 ** (failures - 1), held.raw));
        await d.giveUp(id, error instanceof Error ? error.message : String(error));
      }
    }
    const yieldTurn = sent >= d.fairShare;
    const next = await outbox.next(channel, held, id, { yieldTurn, ...(!yieldTurn && d.slot ? { slot: d.slot() } : {}) });
    head = next;
    if (next) held = { ...held, raw: next.raw };
  }
}
