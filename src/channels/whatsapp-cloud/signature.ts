import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checks Meta's `X-Hub-Signature-256` (`sha256=<hex HMAC-SHA256 of the raw body with the app
 * secret>`) in constant time. The body must be the bytes as received, before any JSON parsing.
 *
 * @example
 * validSignature(raw, 'sha256=' + createHmac('sha256', secret).update(raw).digest('hex'), secret); // true
 */
export function validSignature(raw: Buffer, header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice('sha256='.length), 'hex');
  const wanted = createHmac('sha256', secret).update(raw).digest();
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
