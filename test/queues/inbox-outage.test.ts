/**
 * A store outage is nobody's message's fault: however often a turn fails because MongoDB cannot be
 * reached, the message stays at the head of its inbox and is handled when the store is back.
 */
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { drainInbox, type DrainHandlers } from '../../src/queues/inbox-drain.js';
import { ContactInbox } from '../../src/queues/inbox.js';
import { isMongoOutage } from '../../src/store/connect.js';
import { isolatedNames } from '../helpers/services.js';

describe('an item failing because the store is down', () => {
  const redis = new Redis(inject('redisUrl'));
  const inbox = new ContactInbox(redis, isolatedNames().prefix);
  afterAll(async () => redis.quit());
  // The contact's entry, once its delay has passed (as the beat promotes it), in a worker's hands.
  const due = async () => {
    await inbox.ready.beat('', 0, Date.now() + 3_600_000);
    return (await inbox.ready.take('test-worker'))!;
  };
  const delayed = () => redis.zcard(inbox.ready.delayedKey);

  it('is never set aside, however often it fails; handled once the store is back', async () => {
    const id = 'conv-outage';
    await inbox.push(id, { kind: 'message', inboundId: 'simulator:m1' });
    let storeDown = true;
    const handled: string[] = [];
    const setAside: string[] = [];
    const handlers: DrainHandlers = {
      process: async (_key, item) => {
        if (storeDown) throw new mongoose.mongo.MongoNetworkError('connection refused');
        handled.push(item.kind === 'message' ? item.inboundId : item.kind);
      },
      setAside: async (_key, item) => {
        setAside.push(item.kind === 'message' ? item.inboundId : item.kind);
      },
      isOutage: isMongoOutage,
    };
    // A limit that any other error reaches at its second failure.
    const limit = { failures: 2, ms: 0 };
    for (let attempt = 0; attempt < 5; attempt++) {
      await drainInbox(inbox, await due(), handlers, limit);
      expect(await delayed(), 'put off for a retry').toBe(1);
    }
    expect(setAside).toEqual([]);
    expect(await inbox.length(id)).toBe(1);

    storeDown = false;
    await drainInbox(inbox, await due(), handlers, limit);
    expect(handled).toEqual(['simulator:m1']);
    expect([await inbox.length(id), await delayed()]).toEqual([0, 0]);
  });

  it('an error of the message itself is set aside at the limit (the same limit as above)', async () => {
    const id = 'conv-poison';
    await inbox.push(id, { kind: 'message', inboundId: 'simulator:p1' });
    const setAside: string[] = [];
    const handlers: DrainHandlers = {
      process: async () => {
        throw new Error('this turn always fails');
      },
      setAside: async (_key, item) => {
        setAside.push(item.kind === 'message' ? item.inboundId : item.kind);
      },
      isOutage: isMongoOutage,
    };
    const limit = { failures: 2, ms: 0 };
    await drainInbox(inbox, await due(), handlers, limit);
    expect([setAside, await delayed()]).toEqual([[], 1]);
    await drainInbox(inbox, await due(), handlers, limit);
    expect(setAside).toEqual(['simulator:p1']);
    expect([await inbox.length(id), await delayed()]).toEqual([0, 0]);
  });
});
