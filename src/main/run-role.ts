import { loadEnv, type Env } from '../config/env.js';
import { createLogger, type Logger } from '../shared/logger.js';
import { createContainer, type Container, type ContainerOptions } from './container.js';
import { startEmbeddedMongo, type EmbeddedMongo } from './embedded-mongo.js';

export interface Running {
  container: Container;
  env: Env;
  log: Logger;
  address?: string;
  stop(): Promise<void>;
}

/**
 * Starts the server, the workers, or both (ROLE) and stops them gracefully on SIGTERM/SIGINT:
 * stop accepting requests, let running jobs finish, close connections.
 *
 * @example
 * await runRole({ role: 'all', embeddedMongoDir: '.cache/demo-data' });
 */
export async function runRole(options: {
  role?: Env['ROLE'];
  embeddedMongoDir?: string;
  extra?: Partial<ContainerOptions>;
  beforeStart?: (container: Container) => Promise<void>;
}): Promise<Running> {
  const env = loadEnv(process.env);
  const role = options.role ?? env.ROLE;
  const log = createLogger({ level: env.LOG_LEVEL });
  let embedded: EmbeddedMongo | undefined;
  let mongoUri = env.MONGODB_URI;
  if (!mongoUri) {
    if (!options.embeddedMongoDir) throw new Error('Set MONGODB_URI (see .env.example).');
    embedded = await startEmbeddedMongo({ dataDir: options.embeddedMongoDir });
    mongoUri = embedded.uri;
    log.info('MONGODB_URI is not set: using the embedded MongoDB-wire server (FerretDB, SQLite)');
  }
  const container = await createContainer({ env, mongoUri, log, ...options.extra });
  await options.beforeStart?.(container);
  if (role !== 'server') container.startWorkers();
  let address: string | undefined;
  if (role !== 'worker') {
    const app = await container.http();
    address = await app.listen({ port: env.PORT, host: env.HOST });
  }
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('shutting down: draining work and closing connections');
      await container.close();
      await embedded?.stop();
    })());
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void stop().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return { container, env, log, ...(address ? { address } : {}), stop };
}
