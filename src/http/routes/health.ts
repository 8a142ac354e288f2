import type { FastifyInstance } from 'fastify';

export interface HealthChecks {
  /** Each dependency's reachability; all must be true to be ready. */
  ready(): Promise<Record<string, boolean>>;
  /**
   * Channel sessions (WhatsApp via Baileys): reported, but they do not gate readiness — a WhatsApp
   * session that is pairing must not take the webhooks of every other channel out of rotation.
   */
  channels?(): Promise<Record<string, boolean>>;
}

/** `/healthz`: the process answers. `/readyz`: MongoDB and Redis answer too. */
export async function healthRoutes(app: FastifyInstance, checks: HealthChecks): Promise<void> {
  const flags = { type: 'object', additionalProperties: { type: 'boolean' } };
  const status = { type: 'object', properties: { status: { type: 'string' }, checks: flags, channels: flags } };
  app.get('/healthz', { config: { access: 'public' }, schema: { response: { 200: status } } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: { response: { 200: status, 503: status } } }, async (_request, reply) => {
    const results = await checks.ready();
    const channels = (await checks.channels?.()) ?? {};
    const ok = Object.values(results).every(Boolean);
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ready' : 'unavailable', checks: results, ...(Object.keys(channels).length ? { channels } : {}) });
  });
}
