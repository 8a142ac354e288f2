import { createHmac } from 'node:crypto';

/**
 * A keyed pseudonym for Redis key names and job data: a conversation key or message id holds a phone
 * number, which must not sit in Redis in clear (UU PDP). The same value always gives the same name, so
 * locks and job-id dedupe still work; without the secret the number cannot be guessed back.
 *
 * @example
 * opaqueName(env.LOG_HASH_SECRET, 'simulator:+628111000001'); // 'p0Xk…' (22 characters)
 */
export function opaqueName(secret: string, value: string): string {
  // A purpose label keeps these apart from the log pseudonyms made with the same secret.
  return createHmac('sha256', secret).update(`redis-name\0${value}`).digest('base64url').slice(0, 22);
}
