import { setTimeout as delay } from 'node:timers/promises';

/**
 * Waits at least `ms` by the wall clock. Node's timers measure from the event loop's cached time,
 * which can lag, so a plain timeout may end a few milliseconds early; a platform that said "retry
 * after 3 s" must not hear from us at 2.998 s.
 *
 * @example
 * await sleepAtLeast(3000);
 */
export async function sleepAtLeast(ms: number, now: () => number = Date.now): Promise<void> {
  const end = now() + ms;
  for (let left = ms; left > 0; left = end - now()) await delay(left);
}
