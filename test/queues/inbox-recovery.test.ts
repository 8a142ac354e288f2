/**
 * An inbox never waits for its person to write again: a drain that finds the lock of a dead holder
 * comes back when that lock has expired, and the sweep finds inboxes with items but no drain job.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { simulatorChannel } from '../../src/channels/simulator/simulator-channel.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const FROM = '+628111000001';
const KEY = `simulator:${FROM}`;

describe('inbox recovery', () => {
  let bot: TestBot | undefined;
  afterEach(async () => bot?.close());

  const start = (workers: boolean) => startTestBot({ workers, seed: (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z')) });
  const status = (id: string) => async () => (await bot!.container.deps.messages.getInbound(id))?.status;

  it('a drain that finds a dead holder\'s lock comes back after it expires', async () => {
    bot = await start(true);
    const { container } = bot;
    // A worker that died holding the lock: nobody will release it, it expires in 2 s.
    expect(await container.inbox.lock(container.inboundQueue.inboxId(KEY), 'dead-worker', 2000)).toBe(true);
    const [message] = simulatorChannel.parse({ from: FROM, text: 'MENU', id: 'after-crash' }, container.deps.clock.now());
    const { id } = await container.conversations.accept(message!);
    await expect.poll(status(id), { timeout: 20_000, interval: 200 }).toBe('processed');
    expect((await container.deps.messages.repliesTo(id)).at(-1)?.text).toBe('Menu utama. Pilih nomor:');
  });

  it('the sweep queues a drain for an inbox with items and no job, and leaves locked ones alone', async () => {
    bot = await start(false);
    const { container } = bot;
    const id = 'simulator:lost-job';
    // The record and the inbox item exist, but the drain job was lost.
    await container.deps.messages.acceptInbound({ _id: id, channel: 'simulator', address: FROM, platformId: 'lost-job', text: 'MENU', receivedAt: container.deps.clock.now() });
    const inboxId = container.inboundQueue.inboxId(KEY);
    await container.inbox.push(inboxId, { kind: 'message', inboundId: id });
    const busy = container.inboundQueue.inboxId('simulator:+628111000002');
    await container.inbox.push(busy, { kind: 'message', inboundId: 'simulator:busy' });
    await container.inbox.lock(busy, 'someone', 60_000);
    expect(await container.inboundQueue.queue.getJobs(['waiting', 'delayed'])).toEqual([]);

    expect(await container.inboundQueue.sweep()).toBe(1);
    const jobs = await container.inboundQueue.queue.getJobs(['waiting']);
    expect(jobs.map((job) => job.data)).toEqual([{ key: inboxId }]);

    container.startWorkers();
    await expect.poll(status(id), { timeout: 20_000, interval: 200 }).toBe('processed');
    expect((await container.deps.messages.repliesTo(id)).at(-1)?.text).toBe('Menu utama. Pilih nomor:');
    expect(await container.inbox.length(inboxId)).toBe(0);
  });
});
