import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createContainer, type Container } from '../../src/main/container.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { createLogger } from '../../src/shared/logger.js';
import { connectMongo } from '../../src/store/connect.js';
import { testEnv } from '../helpers/services.js';

export interface Instance {
  container: Container;
  app: FastifyInstance;
}

/**
 * Two app instances as in production: separate processes' worth of containers (own HTTP app,
 * workers, connections) sharing one database and one Redis with one queue prefix.
 *
 * @example
 * const pair = await startTwoInstances({ TELEGRAM_BOT_TOKEN: token });
 * await pair.close();
 */
export async function startTwoInstances(env: Record<string, string> = {}, options: { workers?: boolean } = {}) {
  const shared = testEnv(env);
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const instances: Instance[] = [];
  for (let i = 0; i < 2; i++) {
    const container = await createContainer({ env: shared, mongoUri: inject('mongoUri'), clock, log });
    if (i === 0) await seedDemo(container.models, clock.now());
    if (options.workers !== false) container.startWorkers();
    instances.push({ container, app: await container.http() });
  }
  return {
    instances,
    env: shared,
    startWorkers: () => instances.forEach((instance) => instance.container.startWorkers()),
    async close() {
      for (const instance of instances) await instance.container.close();
      const connection = await connectMongo(inject('mongoUri'), shared.MONGODB_DB);
      await connection.dropDatabase();
      await connection.close();
    },
  };
}
