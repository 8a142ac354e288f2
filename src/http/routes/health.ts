import type { FastifyInstance } from 'fastify';

export interface HealthChecks {
  /** Each dependency's reachability; all must be true to be ready. */
  ready(): Promise<Record<string, boolean>>;
}

/** `/healthz`: the process answers. `/readyz`: MongoDB and Redis answer too. */
export async function healthRoutes(app: FastifyInstance, checks: HealthChecks): Promise<void> {
  const status = { type: 'object', properties: { status: { type: 'string' }, checks: { type: 'object', additionalProperties: { type: 'boolean' } } } };
  app.get('/healthz', { schema: { response: { 200: status } } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { response: { 200: status, 503: status } } }, async (_request, reply) => {
    const results = await checks.ready();
    const ok = Object.values(results).every(Boolean);
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ready' : 'unavailable', checks: results });
  });
}
