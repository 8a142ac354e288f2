import { createHmac } from 'node:crypto';
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths that may hold personal data. pino removes them wherever a log call passes them, so a phone
 * number, a name or a message text never reaches the log in clear (UU PDP). Log a `pseudonym()`
 * instead when a record must be traceable.
 */
export const REDACTED_PATHS = [
  'phone',
  'name',
  'text',
  'address',
  '*.phone',
  '*.name',
  '*.text',
  '*.address',
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-hub-signature-256"]',
];

/**
 * @example
 * const log = createLogger({ level: 'info' });
 * log.info({ contact: pseudonym(secret, '+628111000001') }, 'message processed');
 */
export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: undefined,
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: maskDigits(withoutQueryValues(req.url ?? '')) }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        // Database and queue errors quote keys such as "simulator:+628…": mask them too.
        err: (err: Error) => {
          const plain = pino.stdSerializers.err(err);
          return { ...plain, message: maskDigits(plain.message), stack: maskDigits(plain.stack) };
        },
      },
    },
    options.destination,
  );
}

/**
 * A URL with its query values redacted and its parameter names kept: a query string carries secrets
 * (Meta's `hub.verify_token`) and search terms (phones, names) that have no place in a log.
 *
 * @example
 * withoutQueryValues('/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=s3cret'); // '/webhooks/whatsapp?hub.mode=[redacted]&hub.verify_token=[redacted]'
 */
export function withoutQueryValues(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const names = url
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]!.slice(0, 64)}=[redacted]`);
  return `${url.slice(0, at)}?${names.join('&')}`;
}

/** URLs carry contact ids and chat ids (phone numbers): any run of six or more digits is masked. */
export function maskDigits(text: string): string {
  return text.replace(/(%2B|\+)?\d{6,}/gi, '[redacted]');
}

/** A stable, non-reversible tag for a phone number or address, for correlating log lines. */
export function pseudonym(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url').slice(0, 12);
}
