import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * Whether a secret sent by a client is the expected one. Both sides are hashed to 32 bytes first,
 * so the comparison takes the same time whatever length or content was sent.
 *
 * @example
 * secretMatches(request.headers['x-telegram-bot-api-secret-token'], env.TELEGRAM_WEBHOOK_SECRET);
 */
export function secretMatches(given: unknown, wanted: string): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(given), digest(wanted));
}

/**
 * The token of an `Authorization: Bearer <token>` header, if that is what was sent.
 *
 * @example
 * bearerToken('Bearer abc'); // 'abc'
 */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1];
}
