/**
 * A worker killed (SIGKILL, a child process) in the middle of one contact's backlog, and a new worker
 * started at once: the contact sits in the dead worker's processing list, and the new worker takes it
 * back once the dead one's beat has ended. Every message must still be answered without the person
 * writing again.
 */
import { spawn } from 'node:child_process';
import type { ReadyWorker } from '../../src/queues/ready-worker.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { simulatorChannel } from '../../src/channels/simulator/simulator-channel.js';
import { createContainer, type Container } from '../../src/main/container.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { connectMongo } from '../../src/store/connect.js';
import { testEnv } from '../helpers/services.js';
import { startTestInboundWorker } from './inbound-worker.js';

const FROM = '+628111000001';
const COUNT = 50;
const ROOT = new URL('../../', import.meta.url).pathname;
const env = testEnv();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('crash and quick restart in the middle of a backlog', () => {
  let container: Container;
  let worker: ReadyWorker | undefined;
  beforeAll(async () => {
    container = await createContainer({ env, mongoUri: inject('mongoUri') });
    await seedDemo(container.models, container.deps.clock.now());
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await container.close();
    const connection = await connectMongo(inject('mongoUri'), env.MONGODB_DB);
    await connection.dropDatabase();
    await connection.close();
  });

  it('answers every message after the restart', async () => {
    const ids: string[] = [];
    for (let i = 0; i < COUNT; i++) {
      const [message] = simulatorChannel.parse({ from: FROM, text: 'MENU', id: `crash-${i}` }, container.deps.clock.now());
      ids.push((await container.conversations.accept(message!)).id);
    }
    // A message is processed once its turn recorded its reply (see MessageStore.getInbound); MENU has one.
    const processed = () => container.models.outbound.countDocuments({ inReplyTo: { $in: ids } });

    const childEnv = { NODE_ENV: 'test', LOG_LEVEL: 'silent', REDIS_URL: inject('redisUrl'), MONGODB_DB: env.MONGODB_DB, QUEUE_PREFIX: env.QUEUE_PREFIX };
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/reliability/inbound-worker-child.ts', JSON.stringify(childEnv), inject('mongoUri')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const exited = new Promise((r) => child.once('exit', r));
    let atKill = 0;
    for (let i = 0; i < 2400 && atKill < 5; i++) {
      await sleep(25);
      atKill = await processed();
    }
    child.kill('SIGKILL');
    await exited;
    expect(atKill, 'messages answered when the worker was killed').toBeGreaterThan(0);
    expect(await processed(), 'the worker was killed mid-drain').toBeLessThan(COUNT);
    expect(await container.inbox.ready.depth(), 'the dead worker still holds the contact').toEqual({ waiting: 0, active: 1, delayed: 0 });

    // The restart: the contact comes back once the dead worker's beat has ended (2 s).
    worker = startTestInboundWorker(container);
    await expect.poll(processed, { timeout: 150_000, interval: 500 }).toBe(COUNT);
    for (const id of ids) expect((await container.deps.messages.repliesTo(id)).at(-1)?.text, id).toBe('Menu utama. Pilih nomor:');
  }, 240_000);
});
