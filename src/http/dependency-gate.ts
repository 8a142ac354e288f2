import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../shared/errors.js';
import { errorHandler } from './errors.js';

/**
 * What the HTTP layer knows of the stores a request records into (MongoDB, Redis), without knowing
 * them: the composition root answers both questions from the live connections.
 */
export interface Dependencies {
  /** The stores that cannot record right now (disconnected); empty when all can. */
  down(): string[];
  /** True for an error that says a store could not be reached mid-request. */
  isOutage(error: unknown): boolean;
}

/** Seconds a platform should wait before delivering again; Telegram and Meta retry on their own schedule anyway. */
const RETRY_AFTER_SECONDS = 5;

function unavailable(reply: FastifyReply, stores: string[]): AppError {
  void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return new AppError('UNAVAILABLE', 'A store is unreachable, so nothing was recorded; deliver the request again later.', { stores });
}

/**
 * Never a 200 for something that was not recorded: while MongoDB or Redis is disconnected, every
 * request that may write (anything but GET/HEAD) answers 503 with Retry-After, after its caller was
 * authenticated and its body validated and before its handler runs, so Telegram and Meta deliver it
 * again.
 *
 * @example
 * gateOnDependencies(app, { down: () => (redis.status === 'ready' ? [] : ['redis']), isOutage });
 */
export function gateOnDependencies(app: FastifyInstance, dependencies: Dependencies): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD') return;
    const down = dependencies.down();
    if (down.length) throw unavailable(reply, down);
  });
}

/** `errorHandler`, except that an outage striking while a handler runs answers 503 as well, not 500. */
export function outageAwareErrorHandler(dependencies: Dependencies): typeof errorHandler {
  return (error, request, reply) => errorHandler(dependencies.isOutage(error) ? unavailable(reply, []) : error, request, reply);
}
