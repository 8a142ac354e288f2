import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { isolatedNames } from '../helpers/services.js';

/**
 * What the server plans for a lookup by _id, in words: FerretDB's SQLite plan ("SEARCH … USING INDEX"
 * vs "SCAN"), or MongoDB's winning stage (IDHACK, EXPRESS_IXSCAN, IXSCAN vs COLLSCAN).
 */
function usesIndex(explain: Record<string, unknown>): boolean {
  const planner = explain.queryPlanner as { Plan?: string[] } | undefined;
  if (planner?.Plan) return planner.Plan.every((step) => /detail=SEARCH \S+ USING (COVERING )?INDEX/.test(step));
  const plan = JSON.stringify(planner ?? explain);
  return /IDHACK|IXSCAN|EXPRESS/.test(plan) && !/COLLSCAN/.test(plan);
}

describe('lookups by _id use the index (the embedded server is patched for it)', () => {
  const client = new mongoose.mongo.MongoClient(inject('mongoUri'));
  const docs = () => client.db(isolatedNames().db).collection<{ _id: string; n: number }>('docs');
  let collection: ReturnType<typeof docs>;
  beforeAll(async () => {
    await client.connect();
    collection = docs();
  });
  afterAll(async () => {
    await collection.db.dropDatabase();
    await client.close();
  });

  it.each([1_000, 100_000])('at %i documents: find and update by _id search the index, not the table', async (size) => {
    const have = await collection.countDocuments();
    for (let from = have; from < size; from += 5_000) {
      await collection.insertMany(Array.from({ length: Math.min(5_000, size - from) }, (_, i) => ({ _id: `c_${from + i}`, n: from + i })));
    }
    expect(await collection.countDocuments()).toBe(size);
    const id = `c_${size - 7}`;
    expect(usesIndex(await collection.find({ _id: id }).explain())).toBe(true);
    expect(await collection.findOne({ _id: id })).toEqual({ _id: id, n: size - 7 });
    expect((await collection.updateOne({ _id: id }, { $set: { n: -1 } })).modifiedCount).toBe(1);
    expect((await collection.findOne({ _id: id }))?.n).toBe(-1);
    // _id with another field (a send's "mark sent only if still sending"): the index finds the row, and
    // the other field still decides, so a mismatch changes nothing.
    expect(usesIndex(await collection.find({ _id: id, n: -1 }).explain())).toBe(true);
    expect((await collection.updateOne({ _id: id, n: 5 }, { $set: { n: -2 } })).matchedCount).toBe(0);
    expect((await collection.findOneAndUpdate({ _id: id, n: -1 }, { $set: { n: -3 } }, { returnDocument: 'after' }))?.n).toBe(-3);
    expect((await collection.deleteOne({ _id: id, n: 0 })).deletedCount).toBe(0);
    expect(await collection.countDocuments({ _id: id })).toBe(1);
    // A filter on another field is a scan on FerretDB whatever the indexes: the hot path must not need one.
    expect(usesIndex(await collection.find({ n: 3 }).explain())).toBe(false);
  }, 180_000);
});
