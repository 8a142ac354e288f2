import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../shared/errors.js';

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

/**
 * Throws 401 unless the request carries `Authorization: Bearer <ADMIN_TOKEN>`: the guard of every
 * admin API plugin (each registers it as its own `onRequest` hook).
 *
 * @example
 * app.addHook('onRequest', async (request) => requireAdminToken(request.headers.authorization, token));
 */
export function requireAdminToken(header: string | undefined, token: string): void {
  if (!secretMatches(bearerToken(header), token)) throw new AppError('UNAUTHORIZED', 'Send ADMIN_TOKEN as "Authorization: Bearer <token>".');
}
