import { randomUUID } from 'node:crypto';
import type { ContactInbox, InboxItem } from './inbox.js';

const LOCK_MS = 60_000;

/**
 * When an item that keeps failing is set aside: after this many failures over at least this long.
 * Every drain job of the contact retries the head, so the count alone would pass in a second with a
 * backlog; the time keeps a short outage (a database restart) from setting good messages aside.
 */
export const SET_ASIDE_AFTER = { failures: 5, ms: 10_000 };

/**
 * Handles one inbox item; throwing leaves it at the head for a retry. It may return work to run once
 * the item has left the inbox (telling a waiter): the contact's next message, sent on that news,
 * then finds the inbox free instead of waiting for a retry.
 */
export type InboxProcessor = (key: string, item: InboxItem) => Promise<AfterItem | void>;

/** Work to run after an item has left the inbox; a failure there is the item's no longer. */
export type AfterItem = () => Promise<void>;

export interface DrainHandlers {
  process: InboxProcessor;
  /**
   * An item that failed `SET_ASIDE_AFTER`: record it and tell whoever waits. Once this
   * returns the item leaves the inbox and the next one is handled; throwing keeps it at the head.
   */
  setAside: (key: string, item: InboxItem, error: unknown) => Promise<void>;
  /** An error that says a store could not be reached: the message is not at fault, so it never counts. */
  isOutage?: (error: unknown) => boolean;
}

/** drained: the inbox was empty when this drain ended; busy: another holder has the lock and items wait. */
export type DrainOutcome = 'drained' | 'busy';

/**
 * Drains a contact's inbox while holding its lock: one round trip takes the lock with the head, one
 * removes each handled head and reads the next, letting the lock go when the inbox is empty (in the
 * same step, so an item pushed later finds the lock free and its own job drains it). An item that
 * keeps failing is set aside, so it does not block every later message of its contact.
 *
 * @example
 * if ((await drainInbox(inbox, id, handlers)) === 'busy') await retryLater();
 */
export async function drainInbox(inbox: ContactInbox, id: string, handlers: DrainHandlers, limit = SET_ASIDE_AFTER): Promise<DrainOutcome> {
  const owner = randomUUID();
  const take = await inbox.take(id, owner, LOCK_MS);
  if (!take.taken) return take.waiting > 0 ? 'busy' : 'drained';
  let head = take.head;
  try {
    while (head) {
      let after: AfterItem | void = undefined;
      try {
        after = await handlers.process(id, head.item);
      } catch (error) {
        if (handlers.isOutage?.(error)) throw error;
        const failed = await inbox.noteFailure(id, head.raw, Date.now());
        if (failed.count < limit.failures || failed.forMs < limit.ms) throw error;
        await handlers.setAside(id, head.item, error);
      }
      head = await inbox.next(id, owner, head.raw, LOCK_MS);
      // The item is done whatever this says: a waiter not told reads storage itself (see ProcessedSignal).
      if (after) await after().catch(() => undefined);
    }
  } catch (error) {
    await inbox.release(id, owner);
    throw error;
  }
  return 'drained';
}
