/**
 * A broadcast sending across the upgrade that moved a batch's progress into a document of its own:
 * its batches kept their progress themselves, so start-up writes the missing documents from them,
 * and its remaining batches go on instead of stopping.
 */
import { describe, expect, it } from 'vitest';
import { BroadcastRepository } from '../../src/store/broadcast-repository.js';
import { writeMissingBatchProgress } from '../../src/store/broadcast-upkeep.js';
import { ensureIndexes } from '../../src/store/store.js';
import { freshModelsEachTest } from '../helpers/fresh-models.js';

const freshModels = freshModelsEachTest();
const recipients = (n: number) => Array.from({ length: n }, (_, i) => ({ contactId: `c-${i}`, channel: 'bulk', address: `bulk-${i}`, lang: 'id' }));

describe('batch progress of a broadcast sending across the upgrade', () => {
  it('is written from the batches at start-up, once; finished broadcasts are left alone', async () => {
    const models = await freshModels();
    await models.broadcasts.collection.insertMany([
      { _id: 'bc-old', status: 'sending' },
      { _id: 'bc-done', status: 'done' },
    ] as never[]);
    await models.broadcastBatches.collection.insertMany([
      { _id: 'bc-old-0', broadcastId: 'bc-old', index: 0, recipients: recipients(3), done: true, queued: 3, cancelled: false },
      { _id: 'bc-old-1', broadcastId: 'bc-old', index: 1, recipients: recipients(2), done: false, queued: 0, cancelled: false },
      { _id: 'bc-done-0', broadcastId: 'bc-done', index: 0, recipients: recipients(1), done: true, queued: 1, cancelled: false },
    ] as never[]);
    // A batch the new version already tracks keeps its own progress.
    await models.batchProgress.collection.insertOne({ _id: 'bc-old-1', broadcastId: 'bc-old', index: 1, size: 2, done: false, queued: 0, cancelled: false } as never);
    await models.broadcastBatches.collection.insertOne({ _id: 'bc-old-2', broadcastId: 'bc-old', index: 2, recipients: recipients(4) } as never);

    await ensureIndexes(models);

    const store = new BroadcastRepository(models);
    expect(await store.progressOf('bc-old')).toEqual([
      { _id: 'bc-old-0', broadcastId: 'bc-old', index: 0, size: 3, done: true, queued: 3, cancelled: false },
      { _id: 'bc-old-1', broadcastId: 'bc-old', index: 1, size: 2, done: false, queued: 0, cancelled: false },
      { _id: 'bc-old-2', broadcastId: 'bc-old', index: 2, size: 4, done: false, queued: 0, cancelled: false },
    ]);
    expect(await store.progressOf('bc-done')).toEqual([]);
    expect(await writeMissingBatchProgress(models)).toBe(0);
  });
});
