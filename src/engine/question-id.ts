import type { Wait } from './session.js';

/**
 * The short id of one asking of a question, which channels put in its buttons' payloads: a tapped
 * button answers only the question it was shown with. It is new for every asking (the wait's token
 * and expiry differ), the same while that question stays open (a re-ask after a wrong answer keeps
 * its buttons valid), and short enough for Telegram's 64-byte callback data.
 *
 * @example
 * questionIdOf({ token: 'c_1:3', attempts: 0, expiresAt: '2026-03-10T02:00:00.000Z' }); // e.g. '1x9k3bq'
 */
export function questionIdOf(wait: Pick<Wait, 'token' | 'expiresAt'>): string {
  // FNV-1a (32 bits): stable across processes and releases, unlike anything seeded per run.
  let hash = 0x811c9dc5;
  for (const char of `${wait.token}@${wait.expiresAt}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
