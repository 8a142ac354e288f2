import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError, type ErrorCode } from '../shared/errors.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TIMEOUT: 504,
  UNAVAILABLE: 503,
};

/**
 * The HTTP status and body of one of our errors, for plugins that answer errors their own way (the
 * queue board): the same code and message as everywhere else.
 *
 * @example
 * appErrorAnswer(new AppError('UNAUTHORIZED', 'Send ADMIN_TOKEN.')); // { status: 401, body: { error: { code: 'UNAUTHORIZED', … } } }
 */
export function appErrorAnswer(error: unknown): { status: number; body: { error: { code: string; message: string } } } | null {
  if (!isAppError(error)) return null;
  return { status: STATUS[error.code] ?? 500, body: { error: { code: error.code, message: error.message } } };
}

/** One place that turns errors into HTTP answers: the code, a message that says what to do, never a stack. */
export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (isAppError(error)) {
    const status = STATUS[error.code] ?? 500;
    // A timeout is an expected outcome (the work goes on), not a fault: no stack, no context.
    if (error.code === 'TIMEOUT') request.log.warn({ code: error.code }, error.message);
    else if (status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(status).send({ error: { code: error.code, message: error.message } });
    return;
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    void reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message: fastifyError.message } });
    return;
  }
  const status = fastifyError.statusCode && fastifyError.statusCode < 500 ? fastifyError.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  void reply.status(status).send({ error: { code: status >= 500 ? 'INTERNAL' : fastifyError.code ?? 'BAD_REQUEST', message: status >= 500 ? 'Internal error; try again.' : error.message } });
}
