import type { FastifyInstance } from 'fastify';

/** Messages set aside: ids, channel and times only (no address, no text). */
export interface FailedInbound {
  count: number;
  messages: Array<{ _id: string; channel: string; receivedAt: Date; processedAt: Date | null }>;
}

export interface AdminInboxDeps {
  failed(limit: number): Promise<FailedInbound>;
}

const LIMIT = 100;
const str = { type: 'string' } as const;
const error = { type: 'object', properties: { error: { type: 'object', properties: { code: str, message: str } } } } as const;
const view = {
  type: 'object',
  properties: {
    count: { type: 'integer' },
    messages: {
      type: 'array',
      items: { type: 'object', properties: { id: str, channel: str, receivedAt: { type: 'string', format: 'date-time' }, setAsideAt: { type: ['string', 'null'], format: 'date-time' } } },
    },
  },
} as const;

/**
 * For operators: inbound messages the workers set aside after repeated failures (status `failed`),
 * how many and the latest 100, to look into by id. Needs `Authorization: Bearer <ADMIN_TOKEN>`.
 *
 * @example
 * // GET /api/admin/inbox/failed → { count: 1, messages: [{ id: 'telegram:7', channel: 'telegram', … }] }
 */
export async function adminInboxRoutes(app: FastifyInstance, deps: AdminInboxDeps): Promise<void> {
  app.get('/api/admin/inbox/failed', { config: { access: 'admin' }, schema: { response: { 200: view, 401: error } } }, async () => {
    const { count, messages } = await deps.failed(LIMIT);
    return { count, messages: messages.map((m) => ({ id: m._id, channel: m.channel, receivedAt: m.receivedAt, setAsideAt: m.processedAt })) };
  });
}
