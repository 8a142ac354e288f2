/**
 * A broadcast to 10,000 recipients survives its worker being killed (SIGKILL, a child process)
 * mid-way: a new worker finishes it, nobody is missed, and hand-overs to the send queue are
 * duplicated at most by the batches in flight at the kill (they run in parallel). No send worker runs, so every
 * hand-over stays visible in the chats' outboxes.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BroadcastService } from '../../src/app/broadcast/broadcast-service.js';
import { createContainer, type Container } from '../../src/main/container.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { connectMongo } from '../../src/store/connect.js';
import { testEnv } from '../helpers/services.js';
import { enqueueCounter, startCountingBroadcastWorker } from './broadcast-worker-counting.js';

const RECIPIENTS = 10_000;
const BATCH = 1000;
/** The broadcast worker's default concurrency: batches in flight at once. */
const BROADCAST_CONCURRENCY = 4;
const ROOT = new URL('../../', import.meta.url).pathname;
const overrides = { BROADCAST_BATCH_SIZE: String(BATCH), BROADCAST_MAX_BACKLOG: '1000000', BROADCAST_CHECK_MS: '60000' };
const env = testEnv(overrides);
// 09:00 in Jakarta: outside quiet hours whenever the suite runs (the system clock at night held every batch).
const now = new Date('2026-03-09T02:00:00Z');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function seed(container: Container): Promise<void> {
  await seedDemo(container.models, now);
  // The demo families of Mawar move to Melati so the audience is exactly the seeded recipients.
  await container.models.contacts.updateMany({ posyanduId: 'psy-mawar' }, { $set: { posyanduId: 'psy-melati' } });
  const base = { lang: 'id' as const, role: 'parent' as const, consentAt: now, consentVersion: 1, optedOut: false, timezone: 'Asia/Jakarta', posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', reminderKinds: null, createdAt: now, updatedAt: now };
  await container.models.contacts.insertMany(
    Array.from({ length: RECIPIENTS }, (_, i) => ({ ...base, _id: `c-bulk-${String(i).padStart(5, '0')}`, phone: null, rw: '01', lastChannel: 'bulk', lastAddress: `bulk-${i}` })),
  );
  await container.models.contacts.create({ ...base, _id: 'c-kader', phone: '+628111000002', role: 'kader' as const, rw: null, lastChannel: 'simulator', lastAddress: '+628111000002' });
}

describe('broadcast durability', () => {
  let container: Container;
  beforeAll(async () => {
    container = await createContainer({ env, mongoUri: inject('mongoUri'), clock: fixedClock(now) });
    await seed(container);
  }, 60_000);
  afterAll(async () => {
    await container.close();
    const connection = await connectMongo(inject('mongoUri'), env.MONGODB_DB);
    await connection.dropDatabase();
    await connection.close();
  });

  it('finishes after the worker is killed mid-way: one record per recipient, duplicates at most the batches in flight', async () => {
    const started = await new BroadcastService(container.deps).start('c-kader', 'Posyandu buka Selasa jam 08.00.', { kind: 'all' }, container.deps.clock.now());
    expect(started).toMatchObject({ kind: 'started', broadcast: { total: RECIPIENTS, batches: RECIPIENTS / BATCH } });
    const broadcastId = started.kind === 'started' ? started.broadcast._id : '';
    const batchesDone = () => container.models.batchProgress.countDocuments({ broadcastId, done: true });

    const childEnv = { NODE_ENV: 'test', LOG_LEVEL: 'silent', REDIS_URL: inject('redisUrl'), MONGODB_DB: env.MONGODB_DB, QUEUE_PREFIX: env.QUEUE_PREFIX, ...overrides };
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/queues/broadcast-worker-child.ts', JSON.stringify(childEnv), inject('mongoUri'), now.toISOString()], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const exited = new Promise((r) => child.once('exit', r));
    let atKill = 0;
    for (let i = 0; i < 1200 && atKill < 3; i++) {
      await sleep(25);
      atKill = await batchesDone();
    }
    child.kill('SIGKILL');
    await exited;
    const afterKill = await batchesDone();
    expect(atKill, 'batches done when the worker was killed').toBeGreaterThan(0);
    expect(afterKill, 'the worker was killed mid-way').toBeLessThan(RECIPIENTS / BATCH);

    const worker = startCountingBroadcastWorker(container);
    try {
      for (let i = 0; i < 1200 && (await batchesDone()) < RECIPIENTS / BATCH; i++) await sleep(50);
    } finally {
      await worker.close();
    }
    expect(await batchesDone()).toBe(RECIPIENTS / BATCH);

    // As many records as recipients, and as many distinct recipients: exactly one each.
    expect(await container.models.outbound.countDocuments({ broadcastId })).toBe(RECIPIENTS);
    expect(await container.models.outbound.distinct('contactId', { broadcastId })).toHaveLength(RECIPIENTS);

    // Every recipient's message waits once in its chat's outbox, however often it was handed over.
    const outboxes: string[] = [];
    for (let cursor = '0', first = true; first || cursor !== '0'; first = false) {
      const [next, keys] = await container.redis.scan(cursor, 'MATCH', `${env.QUEUE_PREFIX}:outbox:bulk:*`, 'COUNT', 1000);
      cursor = next;
      outboxes.push(...keys);
    }
    const queued = (await Promise.all(outboxes.map((key) => container.redis.lrange(key, 0, -1)))).flat();
    expect(queued).toHaveLength(RECIPIENTS);
    expect(new Set(queued).size).toBe(RECIPIENTS);
    const handOvers = Number(await container.redis.get(enqueueCounter(env.QUEUE_PREFIX)));
    expect(handOvers).toBeGreaterThanOrEqual(RECIPIENTS);
    // Batches run in parallel: those in flight at the kill (the worker's concurrency) may be handed over twice.
    expect(handOvers - RECIPIENTS, 'duplicate hand-overs').toBeLessThanOrEqual(BATCH * BROADCAST_CONCURRENCY);
    console.log(`killed after ${afterKill} of ${RECIPIENTS / BATCH} batches; ${handOvers} hand-overs for ${RECIPIENTS} recipients`);
  }, 300_000);
});
