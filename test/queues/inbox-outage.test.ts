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
    for (let attempt = 0; attempt < 5; attempt++) await expect(drainInbox(inbox, id, handlers, limit)).rejects.toThrow('connection refused');
    expect(setAside).toEqual([]);
    expect(await inbox.length(id)).toBe(1);

    storeDown = false;
    expect(await drainInbox(inbox, id, handlers, limit)).toBe('drained');
    expect(handled).toEqual(['simulator:m1']);
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
    await expect(drainInbox(inbox, id, handlers, limit)).rejects.toThrow('always fails');
    expect(await drainInbox(inbox, id, handlers, limit)).toBe('drained');
    expect(setAside).toEqual(['simulator:p1']);
  });
});
