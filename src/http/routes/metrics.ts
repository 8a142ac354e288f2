import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { OpsMetricsSource } from '../../app/ops/ops-metrics.js';

/** Turn durations: most turns take tens of milliseconds; a slow database shows in the upper buckets. */
const TURN_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The process' metrics registry: counters that each scrape tops up with the events drained from
 * Redis, and gauges read as they are at the scrape.
 */
function buildRegistry(source: OpsMetricsSource): { registry: Registry; topUp: () => Promise<void> } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const messagesIn = new Counter({ name: 'posyandu_messages_in_total', help: 'Messages received, per channel (a redelivery counts once).', labelNames: ['channel'], registers: [registry] });
  const messagesOut = new Counter({ name: 'posyandu_messages_out_total', help: 'Messages the platform accepted, per channel.', labelNames: ['channel'], registers: [registry] });
  const refused = new Counter({ name: 'posyandu_sends_refused_total', help: 'Sends the platform refused for good (blocked, chat gone, message invalid), per channel.', labelNames: ['channel'], registers: [registry] });
  const turns = new Histogram({ name: 'posyandu_turn_duration_seconds', help: 'Time to handle one conversation item (message, timeout or start), reply included.', buckets: TURN_BUCKETS, registers: [registry] });
  new Gauge({
    name: 'posyandu_queue_jobs',
    help: 'Jobs per BullMQ queue and state (waiting, active, delayed, failed).',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await source.queueDepths()) this.set({ queue: row.queue, state: row.state }, row.jobs);
    },
  });
  new Gauge({
    name: 'posyandu_alerts_open',
    help: 'Alerts not resolved yet, by state (open, acknowledged, referred).',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [state, count] of Object.entries(await source.unresolvedAlerts())) this.set({ state }, count);
    },
  });
  const topUp = async () => {
    for (const event of await source.drain()) {
      if (event.kind === 'turn') turns.observe(event.seconds);
      else ({ in: messagesIn, out: messagesOut, refused })[event.kind].inc({ channel: event.channel });
    }
  };
  return { registry, topUp };
}

/**
 * `GET /metrics`: Prometheus text format, for operators only (route access `admin`: the scraper sends
 * `Authorization: Bearer <ADMIN_TOKEN>`, as Prometheus' `authorization` scrape setting does).
 *
 * @example
 * // GET /metrics (Authorization: Bearer …) → 200
 * // posyandu_messages_in_total{channel="telegram"} 42
 */
export async function metricsRoutes(app: FastifyInstance, source: OpsMetricsSource): Promise<void> {
  const { registry, topUp } = buildRegistry(source);
  app.get('/metrics', { config: { access: 'admin' } }, async (_request, reply) => {
    await topUp();
    const text = await registry.metrics();
    return reply.type(registry.contentType).header('cache-control', 'no-store').send(text);
  });
}
