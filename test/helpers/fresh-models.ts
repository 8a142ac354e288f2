import type { Connection } from 'mongoose';
import { afterEach, inject } from 'vitest';
import { connectMongo } from '../../src/store/connect.js';
import { createModels, type Models } from '../../src/store/store.js';
import { isolatedNames, testSeal } from './services.js';

/**
 * Models on a database of their own, each dropped after the test that made it: call once at the top of
 * a test file (it registers the `afterEach`), then call what it returns in each test.
 *
 * @example
 * const freshModels = freshModelsEachTest();
 * it('…', async () => { const models = await freshModels(); … });
 */
export function freshModelsEachTest(): () => Promise<Models> {
  const connections: Connection[] = [];
  afterEach(async () => {
    for (const connection of connections.splice(0)) {
      await connection.dropDatabase();
      await connection.close();
    }
  });
  return async () => {
    const connection = await connectMongo(inject('mongoUri'), isolatedNames().db);
    connections.push(connection);
    return createModels(connection, testSeal());
  };
}
