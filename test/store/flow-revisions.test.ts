import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { Connection } from 'mongoose';
import { connectMongo } from '../../src/store/connect.js';
import { FlowRevisionsRepository } from '../../src/store/flow-revisions-repository.js';
import { createModels, ensureIndexes } from '../../src/store/store.js';
import { loaded } from '../engine/fixtures.js';
import { isolatedNames, testSeal } from '../helpers/services.js';

describe('flow revisions', () => {
  let connection: Connection;
  let repo: FlowRevisionsRepository;
  beforeAll(async () => {
    connection = await connectMongo(inject('mongoUri'), isolatedNames().db);
    const models = createModels(connection, testSeal());
    await ensureIndexes(models);
    repo = new FlowRevisionsRepository(models);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('remembers each revision once, so old ones stay available to pinned sessions', async () => {
    const v1 = loaded({ spec: 2, id: 'greet', version: 1, start: 'a', steps: { a: { type: 'send', text: 'x.one' } } });
    const v2 = loaded({ spec: 2, id: 'greet', version: 2, start: 'a', steps: { a: { type: 'send', text: 'x.two' } } });
    const at = new Date('2026-03-09T02:00:00Z');
    await repo.remember([v1], at);
    await repo.remember([v1], at);
    await repo.remember([v2], at);
    const history = await repo.history();
    expect(history.map((h) => h.revision).sort()).toEqual([v1.revision, v2.revision].sort());
    expect(history.find((h) => h.revision === v1.revision)?.definition).toEqual(v1.definition);
  });
});
