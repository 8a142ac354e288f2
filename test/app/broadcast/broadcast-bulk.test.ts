/**
 * A broadcast's batches are all queued when it starts (so they can run in parallel), and a batch
 * hands its recipients to the send queues in one bulk call: every recipient's message then waits
 * once in its chat's outbox, with one drain job per chat.
 */
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BroadcastService } from '../../../src/app/broadcast/broadcast-service.js';
import { BroadcastFanOut } from '../../../src/app/broadcast/fan-out.js';
import type { SendScheduler } from '../../../src/app/messages/message-ports.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { QUEUES } from '../../../src/queues/names.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const now = new Date('2026-03-09T02:00:00Z');
const KADER = '+628111000002';
const RECIPIENTS = 250;

describe('broadcast hand-over in bulk', () => {
  let bot: TestBot;
  let broadcasts: Queue;
  let sends: Queue;

  beforeAll(async () => {
    bot = await startTestBot({ workers: false, env: { BROADCAST_BATCH_SIZE: '100' }, seed: (c) => seedDemo(c.models, now) });
    const base = { lang: 'id' as const, role: 'parent' as const, consentAt: now, consentVersion: 1, optedOut: false, timezone: 'Asia/Jakarta', posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '01', reminderKinds: null, createdAt: now, updatedAt: now };
    await bot.container.models.contacts.updateMany({ posyanduId: 'psy-mawar' }, { $set: { posyanduId: 'psy-melati' } });
    await bot.container.models.contacts.insertMany(Array.from({ length: RECIPIENTS }, (_, i) => ({ ...base, _id: `c-b-${String(i).padStart(3, '0')}`, phone: null, lastChannel: 'simulator', lastAddress: `+62811800${String(i).padStart(4, '0')}` })));
    await bot.container.models.contacts.create({ ...base, _id: 'c-kader', phone: KADER, role: 'kader' as const, lastChannel: 'simulator', lastAddress: KADER });
    const connection = bot.container.redis.duplicate();
    broadcasts = new Queue('broadcasts', { connection, prefix: bot.container.env.QUEUE_PREFIX });
    sends = new Queue(QUEUES.send('simulator'), { connection, prefix: bot.container.env.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await broadcasts.close();
    await sends.close();
    await bot.close();
  });

  it('queues every batch at the start, and hands a batch over in one bulk call', async () => {
    const deps = bot.container.deps;
    const started = await new BroadcastService(deps).start('c-kader', 'Imunisasi Jumat.', { kind: 'all' }, deps.clock.now());
    if (started.kind !== 'started') throw new Error(started.kind);
    const id = started.broadcast._id;
    const batchJobs = (await broadcasts.getJobs(['waiting', 'prioritized'])).filter((j) => j.name === 'batch').map((j) => j.id).sort();
    expect(batchJobs).toEqual([`bcb_${id}_0`, `bcb_${id}_1`, `bcb_${id}_2`]);

    const calls: { one: number; many: number[] } = { one: 0, many: [] };
    const counted: SendScheduler = {
      enqueue: async (...args) => {
        calls.one += 1;
        await deps.sends.enqueue(...args);
      },
      enqueueMany: async (chats) => {
        calls.many.push(chats.length);
        await deps.sends.enqueueMany(chats);
      },
    };
    const fanOut = new BroadcastFanOut({ ...deps, sends: counted });
    expect(await Promise.all([0, 1, 2].map((index) => fanOut.runBatch(id, index)))).toEqual(['done', 'done', 'done']);
    // Batches ran in parallel: their calls come in any order.
    expect({ one: calls.one, many: calls.many.sort((a, b) => b - a) }).toEqual({ one: 0, many: [100, 100, 50] });

    const queued = await bot.container.models.outbound.find({ broadcastId: id }, { _id: 1, address: 1 }).lean();
    expect(queued).toHaveLength(RECIPIENTS);
    const outbox = bot.container.sendQueues.outbox;
    const waiting = await Promise.all(queued.map((r) => outbox.peek('simulator', bot.container.sendQueues.chatId('simulator', r.address))));
    expect(waiting).toEqual(queued.map((r) => r._id));
    // Each chat's entry waits in the channel's ready list: no job per chat.
    expect((await outbox.ready('simulator').depth()).waiting).toBe(RECIPIENTS);
    expect(await sends.getJobs(['waiting'])).toEqual([]);
  });
});
