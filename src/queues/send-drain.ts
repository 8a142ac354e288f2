import { randomUUID } from 'node:crypto';
import { isAppError } from '../shared/errors.js';
import type { ChatOutbox } from './outbox.js';
import type { RateSlot } from './send-rate.js';

/** Longer than any wait inside one delivery (Telegram waits up to 60 s for a "retry after"). */
const LOCK_MS = 120_000;

export interface DrainDeps {
  outbox: ChatOutbox;
  channel: string;
  chat: string;
  fairShare: number;
  /** This job's last try: a message that fails again is given up so the chat moves on. */
  finalAttempt: boolean;
  now: () => number;
  /** Waits for the account's next send slot. */
  pace: () => Promise<void>;
  /** The account's current send slot, taken in the same round trip that reads the next id (else `pace` takes it). */
  slot?: () => RateSlot;
  deliver: (id: string) => Promise<void>;
  giveUp: (id: string, reason: string) => Promise<void>;
  /** Schedules another drain of this chat. */
  resumeIn: (delayMs: number) => Promise<void>;
  /** Schedules a look at this chat once its current lock has ended (one per lock period). */
  recheckIn: (delayMs: number) => Promise<void>;
}

/**
 * - `done`: nothing waits, or someone else holds the chat (they look again before leaving).
 * - `more`: the job sent its fair share, or gave a message up; another job should go on.
 * - `held`: the chat waits for the platform's "retry after"; a drain is scheduled for then.
 */
export type DrainOutcome = 'done' | 'more' | 'held';

/** The platform's "retry after" carried by a channel's error, if any. */
export function retryAfterOf(error: unknown): number | null {
  if (!isAppError(error)) return null;
  const ms = error.context.retryAfterMs;
  return typeof ms === 'number' && ms >= 0 ? ms : null;
}

/**
 * Sends a chat's outbox from the head while holding its lock: an id is removed only once its
 * message was delivered, failed for good or given up, so a crash or a retryable error leaves it
 * first in line and nothing behind it overtakes it. At most `fairShare` messages per call, so one
 * chat with much to send does not keep a worker from the others. One round trip takes the lock with
 * the first id, one per message removes it and reads the next; the lock is let go in that same step
 * when the outbox is empty, so an id pushed later (whose own job found the lock taken) finds it free
 * or is read by the holder: nothing is stranded without a look after the release.
 *
 * @example
 * const outcome = await drainChat({ outbox, channel: 'telegram', chat: '42', fairShare: 3, … });
 */
export async function drainChat(d: DrainDeps): Promise<DrainOutcome> {
  const { outbox, channel, chat } = d;
  const owner = randomUUID();
  const take = await outbox.take(channel, chat, owner, LOCK_MS, d.now(), d.fairShare > 0 ? d.slot?.() : undefined);
  if (take.kind === 'held') {
    await d.resumeIn(Math.max(1, take.until - d.now()));
    return 'held';
  }
  // The holder reads what was pushed before it lets go; a holder that crashed does not, so look after its lock ends.
  if (take.kind === 'busy') {
    await d.recheckIn(take.lockLeftMs + 100);
    return 'done';
  }
  let head: { id: string; paced: boolean } | null = take.kind === 'head' ? take : null;
  // Whether the lock is still this drain's: `next` lets it go when the outbox is empty.
  let holding = head !== null;
  try {
    for (let sent = 0; head; sent++) {
      if (sent >= d.fairShare) return 'more';
      const { id, paced } = head;
      // A slot is taken with the id when there was one; when the window was full, wait here.
      if (!paced) await d.pace();
      const failure = await attempt(d, id);
      if (failure?.kind === 'wait') {
        // The resume is scheduled before the hold is set: a crash in between cannot strand the chat.
        const until = d.now() + failure.ms;
        await d.resumeIn(Math.max(1, failure.ms));
        await outbox.hold(channel, chat, until, d.now());
        return 'held';
      }
      // A slot only for an id this job will send: not past its fair share, not after a give-up.
      const sendsNext = !failure && sent + 1 < d.fairShare;
      head = await outbox.next(channel, chat, owner, id, LOCK_MS, sendsNext ? d.slot?.() : undefined);
      holding = head !== null;
      // This job's tries are spent: what waits behind the given-up message gets a job of its own.
      if (failure?.kind === 'given-up') return head ? 'more' : 'done';
    }
  } finally {
    if (holding) await outbox.release(channel, chat, owner);
  }
  return 'done';
}

/** Delivers one message; a retryable error without "retry after" is thrown (the job retries). */
async function attempt(d: DrainDeps, id: string): Promise<{ kind: 'wait'; ms: number } | { kind: 'given-up' } | null> {
  try {
    await d.deliver(id);
    return null;
  } catch (error) {
    if (isAppError(error, 'CHANNEL_PERMANENT_FAILURE')) return null;
    const ms = retryAfterOf(error);
    if (ms !== null) return { kind: 'wait', ms };
    if (!d.finalAttempt) throw error;
    await d.giveUp(id, error instanceof Error ? error.message : String(error));
    return { kind: 'given-up' };
  }
}
