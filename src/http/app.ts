import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from '../shared/logger.js';
import { collectApiDocs, serveApiDocs } from './api-docs.js';
import { gateOnDependencies, outageAwareErrorHandler, type Dependencies } from './dependency-gate.js';
import { errorHandler } from './errors.js';
import { guardRoutes, type AccessSecrets } from './route-access.js';
import { healthRoutes, type HealthChecks } from './routes/health.js';
import { simulatorRoutes, type SimulatorDeps } from './routes/simulator.js';

export interface HttpDeps {
  log: Logger;
  /** Behind a reverse proxy: read the client's address from X-Forwarded-For (per-address limits). */
  trustProxy?: boolean;
  health: HealthChecks;
  /** The stores requests record into: while one is down, writing requests answer 503 (see dependency-gate.ts). */
  dependencies?: Dependencies;
  /** The secrets behind `admin` and `simulator` routes (see route-access.ts). */
  access?: AccessSecrets;
  simulator?: SimulatorDeps;
  /** Further route plugins (channel webhooks, admin API) registered by the composition root. */
  plugins?: Array<(app: FastifyInstance) => Promise<void>>;
}

/**
 * The HTTP app as a plugin tree; it does not listen (the server entry does), so tests use `inject()`.
 *
 * @example
 * const app = await buildHttpApp(deps);
 * const res = await app.inject({ method: 'GET', url: '/healthz' });
 */
export async function buildHttpApp(deps: HttpDeps): Promise<FastifyInstance> {
  const app = Fastify({ loggerInstance: deps.log as FastifyBaseLogger, bodyLimit: 3 * 1024 * 1024, trustProxy: deps.trustProxy ?? false });
  app.setErrorHandler(deps.dependencies ? outageAwareErrorHandler(deps.dependencies) : errorHandler);
  // Cookies are read before the route guard runs: `staff-session` routes find their session in one.
  await app.register(fastifyCookie);
  guardRoutes(app, deps.access ?? {});
  // Before any route: the OpenAPI document is collected from the routes' own schemas as they register.
  await collectApiDocs(app);
  if (deps.dependencies) gateOnDependencies(app, deps.dependencies);
  await app.register(async (instance) => healthRoutes(instance, deps.health));
  if (deps.simulator) {
    const simulator = deps.simulator;
    await app.register(async (instance) => simulatorRoutes(instance, simulator));
  }
  for (const plugin of deps.plugins ?? []) await app.register(plugin);
  await serveApiDocs(app, { admin: deps.access?.adminToken !== undefined });
  return app;
}
