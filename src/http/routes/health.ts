import type { FastifyInstance } from 'fastify';

export interface HealthChecks {
  /** Each dependency's reachability; all must be true to be ready. Each check answers promptly, never hangs. */
  ready(): Promise<Record<string, boolean>>;
  /**
   * Channel sessions (WhatsApp via Baileys): reported, but they do not gate readiness — a WhatsApp
   * session that is pairing must not take the webhooks of every other channel out of rotation.
   */
  channels?(): Promise<Record<string, boolean>>;
  /** The event loop's recent delay and the most it may be while ready (EVENT_LOOP_LAG_LIMIT_MS). */
  eventLoop?(): { lagMs: number; limitMs: number };
}

/** `/healthz`: the process answers. `/readyz`: MongoDB and Redis answer too, and the event loop keeps up. */
export async function healthRoutes(app: FastifyInstance, checks: HealthChecks): Promise<void> {
  const flags = { type: 'object', additionalProperties: { type: 'boolean' } };
  const status = {
    type: 'object',
    properties: { status: { type: 'string' }, checks: flags, channels: flags, eventLoopLagMs: { type: 'integer' }, reasons: { type: 'array', items: { type: 'string' } } },
  };
  app.get('/healthz', { config: { access: 'public' }, schema: { response: { 200: status } } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: 'public' }, schema: { response: { 200: status, 503: status } } }, async (_request, reply) => {
    const results = await checks.ready();
    const loop = checks.eventLoop?.();
    if (loop) results.eventLoop = loop.lagMs <= loop.limitMs;
    const channels = (await checks.channels?.()) ?? {};
    const reasons = Object.entries(results)
      .filter(([, ok]) => !ok)
      .map(([name]) => (name === 'eventLoop' && loop ? `the event loop lagged ${loop.lagMs} ms (limit ${loop.limitMs} ms)` : `${name} does not answer`));
    const ok = reasons.length === 0;
    return reply.status(ok ? 200 : 503).send({
      status: ok ? 'ready' : 'unavailable',
      checks: results,
      ...(loop ? { eventLoopLagMs: loop.lagMs } : {}),
      ...(ok ? {} : { reasons }),
      ...(Object.keys(channels).length ? { channels } : {}),
    });
  });
}
