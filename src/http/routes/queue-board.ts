import { createBullBoard } from '@bull-board/api';
import type { BaseAdapter } from '@bull-board/api/dist/queueAdapters/base.js';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import { appErrorAnswer } from '../errors.js';
import { scopeAccess } from '../route-access.js';

/** Where operators open the queue dashboard. */
export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * The BullMQ dashboard (bull-board) at `/admin/queues`, for operators only: every route of it, its
 * pages, API and assets, has route access `admin` (ADMIN_TOKEN as Bearer, or as the password the
 * browser asks for). Operators see jobs' payloads: ids and opaque chat names, never phone numbers.
 *
 * @example
 * await app.register((scope) => queueBoardRoutes(scope, [new BullMQAdapter(inbound.queue)]));
 */
/** Fastify's own refusals (a body over the limit: 413) keep their status, as on every other route. */
function refusal(error: Error): { status: number; body: { error: { code: string; message: string } } } | null {
  const status = (error as { statusCode?: number }).statusCode;
  return status !== undefined && status >= 400 && status < 500 ? { status, body: { error: { code: (error as { code?: string }).code ?? 'BAD_REQUEST', message: error.message } } } : null;
}

export async function queueBoardRoutes(app: FastifyInstance, queues: BaseAdapter[]): Promise<void> {
  scopeAccess(app, 'admin');
  const serverAdapter = new FastifyAdapter();
  createBullBoard({ queues, serverAdapter, options: { uiConfig: { boardTitle: 'Posyandu Bot' } } });
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  // The board answers its own errors; ours (a refused token) keep their status and never show a stack.
  serverAdapter.setErrorHandler((error) => {
    const answer = appErrorAnswer(error) ?? refusal(error) ?? { status: 500, body: { error: { code: 'INTERNAL', message: 'Internal error; try again.' } } };
    // bull-board types its statuses as a short union; ours are the errors map's (401, 403, 429, …).
    return { status: answer.status as 500, body: answer.body };
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
}
