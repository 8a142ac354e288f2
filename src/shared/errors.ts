/**
 * The project's one error type: a stable code, a message that says what to do, and context
 * (never personal data). HTTP routes map codes to statuses in `src/http/errors.ts`.
 *
 * @example
 * throw new AppError('CONFIG_INVALID', 'Set PORT to a number between 1 and 65535.', { variable: 'PORT' });
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'FLOW_INVALID'
  | 'FLOW_NOT_FOUND'
  | 'ACTION_NOT_FOUND'
  | 'LOCALE_KEY_MISSING'
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHORIZED'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'CHANNEL_SEND_FAILED'
  | 'CHANNEL_PERMANENT_FAILURE'
  | 'TIMEOUT'
  | 'UNAVAILABLE'
  | 'INTERNAL';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly context: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
