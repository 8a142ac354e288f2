import { randomUUID } from 'node:crypto';
import type { ContactInbox, InboxItem } from './inbox.js';

const LOCK_MS = 60_000;

/**
 * When an item that keeps failing is set aside: after this many failures over at least this long.
 * Every drain job of the contact retries the head, so the count alone would pass in a second with a
 * backlog; the time keeps a short outage (a database restart) from setting good messages aside.
 */
export const SET_ASIDE_AFTER = { failures: 5, ms: 10_000 };

/** Handles one inbox item; throwing leaves it at the head for a retry. */
export type InboxProcessor = (key: string, item: InboxItem) => Promise<void>;

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
 * Drains a contact's inbox while holding its lock. After releasing, it looks once more: an item
 * pushed while it held the lock (whose own job found the lock taken) is not stranded. An item
 * that keeps failing is set aside, so it does not block every later message of its contact.
 *
 * @example
 * if ((await drainInbox(inbox, id, handlers)) === 'busy') await retryLater();
 */
export async function drainInbox(inbox: ContactInbox, id: string, handlers: DrainHandlers, limit = SET_ASIDE_AFTER): Promise<DrainOutcome> {
  const owner = randomUUID();
  for (;;) {
    if (!(await inbox.lock(id, owner, LOCK_MS))) return (await inbox.length(id)) > 0 ? 'busy' : 'drained';
    try {
      for (let head = await inbox.peek(id); head; head = await inbox.peek(id)) {
        try {
          await handlers.process(id, head.item);
        } catch (error) {
          if (handlers.isOutage?.(error)) throw error;
          const failed = await inbox.noteFailure(id, head.raw, Date.now());
          if (failed.count < limit.failures || failed.forMs < limit.ms) throw error;
          await handlers.setAside(id, head.item, error);
        }
        await inbox.pop(id);
        await inbox.extend(id, owner, LOCK_MS);
      }
    } finally {
      await inbox.release(id, owner);
    }
    if ((await inbox.length(id)) === 0) return 'drained';
  }
}
