import type { mongo } from 'mongoose';
import type { BatchProgress } from '../app/broadcast/broadcast-records.js';
import type { Models } from './store.js';

/** A batch as stored before its progress had a document of its own. */
interface BatchWithProgress {
  _id: string;
  broadcastId: string;
  index: number;
  recipients?: unknown[];
  done?: boolean;
  queued?: number;
  cancelled?: boolean;
}

/**
 * Broadcasts still sending when progress moved out of the batches (a batch kept `done`, `queued`
 * and `cancelled` itself) get a progress document per batch, from what the batch says: without one,
 * their remaining batches would stop. Safe to run again; runs at start-up. How many were written.
 *
 * @example
 * await writeMissingBatchProgress(models); // 0 when nothing is left to do
 */
export async function writeMissingBatchProgress(models: Models): Promise<number> {
  const sending = await models.broadcasts.find({ status: 'sending' }, { _id: 1 }).lean<Array<{ _id: string }>>();
  let written = 0;
  for (const { _id: broadcastId } of sending) {
    const known = new Set((await models.batchProgress.find({ broadcastId }, { _id: 1 }).lean<Array<{ _id: string }>>()).map((p) => p._id));
    const batches = models.broadcastBatches.collection as unknown as mongo.Collection<BatchWithProgress>;
    const missing: BatchProgress[] = [];
    for await (const batch of batches.find({ broadcastId, _id: { $nin: [...known] } }, { projection: { broadcastId: 1, index: 1, recipients: 1, done: 1, queued: 1, cancelled: 1 } })) {
      missing.push({ _id: batch._id, broadcastId, index: batch.index, size: batch.recipients?.length ?? 0, done: batch.done ?? false, queued: batch.queued ?? 0, cancelled: batch.cancelled ?? false });
    }
    if (!missing.length) continue;
    try {
      await models.batchProgress.insertMany(missing, { ordered: false });
      written += missing.length;
    } catch (error) {
      // Another instance starting at the same moment wrote some of them.
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }
  return written;
}
