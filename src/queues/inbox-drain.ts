import type { ContactInbox, InboxHead, InboxItem, Notice } from './inbox.js';
import type { Lease } from './ready-worker.js';
import { encodeEntry } from './ready-list.js';

/**
 * When an item that keeps failing is set aside: after this many failures over at least this long.
 * The time keeps a short outage the handler did not recognise (a database restart) from setting
 * good messages aside.
 */
export const SET_ASIDE_AFTER = { failures: 5, ms: 10_000 };

/** The first retry of a failed item comes after this long, each next one after twice as long (at most `MAX`). */
export const RETRY_BACKOFF = { firstMs: 500, maxMs: 60_000 };
/** A store that could not be reached is tried again after this long, without counting against the item. */
const OUTAGE_RETRY_MS = 1000;

/**
 * Handles one inbox item; throwing leaves it at the head for a retry. It may return what to do once
 * the item has left the inbox (telling a waiter): a `Notice` is published by the very step that
 * removes the item; a function runs after it. The contact's next message, sent on that news, then
 * finds the item gone.
 */
export type InboxProcessor = (key: string, item: InboxItem) => Promise<AfterItem | void>;

/** Work to run after an item has left the inbox; a failure there is the item's no longer. */
export type AfterItem = Notice | (() => Promise<void>);

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

export function retryDelay(failures: number, backoff = RETRY_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, failures - 1));
}

/**
 * Drains the contact's inbox a worker holds (`lease`: the contact and its head), one item after
 * another: one round trip per item removes it (publishing its notice) and reads the next, and lets
 * the contact go when the inbox is empty (in the same step, so an item pushed later puts the
 * contact in the ready list again). A failure puts the contact off with a backoff, the item still
 * first; an item that keeps failing is set aside, so it does not block every later message.
 *
 * @example
 * await drainInbox(inbox, lease, handlers);
 */
export async function drainInbox(inbox: ContactInbox, lease: Lease, handlers: DrainHandlers, limit = SET_ASIDE_AFTER, now: () => number = Date.now): Promise<void> {
  let held = { id: lease.id, raw: lease.raw, head: lease.head, processingKey: lease.processingKey };
  let head: InboxHead | null = inbox.decode(lease.head);
  while (head) {
    let after: AfterItem | void = undefined;
    try {
      after = await handlers.process(lease.id, head.item);
    } catch (error) {
      if (handlers.isOutage?.(error)) return void (await lease.delay(now() + OUTAGE_RETRY_MS, held.raw));
      const failed = await inbox.noteFailure(lease.id, head.raw, now());
      if (failed.count < limit.failures || failed.forMs < limit.ms) return void (await lease.delay(now() + retryDelay(failed.count), held.raw));
      try {
        await handlers.setAside(lease.id, head.item, error);
      } catch {
        return void (await lease.delay(now() + retryDelay(failed.count), held.raw));
      }
    }
    const notice = after && typeof after !== 'function' ? after : undefined;
    head = await inbox.next(held, notice);
    if (head) held = { ...held, head: head.raw, raw: encodeEntry(held.id, head.raw) };
    // The item is done whatever this says: a waiter not told reads storage itself (see ProcessedSignal).
    if (typeof after === 'function') await after().catch(() => undefined);
  }
}
