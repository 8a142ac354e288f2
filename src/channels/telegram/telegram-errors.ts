import { GrammyError, HttpError } from 'grammy';

/**
 * What a failed Bot API call means for delivery:
 * - `unreachable`: the person blocked the bot or the chat is gone; never retry, mark the address.
 * - `rejected`: Telegram refuses this message (bad request); never retry, the address is fine.
 * - `rate`: flood control; retry after `retryAfterMs`.
 * - `transient`: server error, network failure or an unexpected answer; retry with backoff.
 */
export type TelegramFailure =
  | { kind: 'unreachable'; description: string }
  | { kind: 'rejected'; description: string }
  | { kind: 'rate'; retryAfterMs: number; description: string }
  | { kind: 'transient'; description: string };

const GONE = /chat not found|user not found|user is deactivated|bot was kicked|bot can't initiate|PEER_ID_INVALID|have no rights to send/i;

/**
 * @example
 * classifyTelegramError(new GrammyError('…', { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' }, 'sendMessage', {}));
 * // { kind: 'unreachable', description: 'Forbidden: bot was blocked by the user' }
 */
export function classifyTelegramError(error: unknown): TelegramFailure {
  if (error instanceof GrammyError) {
    const description = error.description;
    if (error.error_code === 429) return { kind: 'rate', retryAfterMs: (error.parameters.retry_after ?? 1) * 1000, description };
    if (error.error_code === 403) return { kind: 'unreachable', description };
    if (error.error_code === 400) return GONE.test(description) ? { kind: 'unreachable', description } : { kind: 'rejected', description };
    return { kind: 'transient', description: `${error.error_code} ${description}` };
  }
  if (error instanceof HttpError) return { kind: 'transient', description: 'network error' };
  return { kind: 'transient', description: error instanceof Error ? error.message : 'unknown error' };
}
