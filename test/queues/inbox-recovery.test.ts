/**
 * An inbox never waits for its person to write again: a contact held by a worker that died (its
 * beat ended) goes back to the ready list, and an entry put off comes back when its time has come;
 * the beat finds both from the two sorted sets, by score, without scanning the keyspace.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { simulatorChannel } from '../../src/channels/simulator/simulator-channel.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const FROM = '+628111000001';

describe('inbox recovery', () => {
  let bot: TestBot | undefined;
  afterEach(async () => bot?.close());

  const start = (workers: boolean) => startTestBot({ workers, seed: (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z')) });
  const status = (id: string) => async () => (await bot!.container.deps.messages.getInbound(id))?.status;

  it('a contact held by a worker that died is handled by another once the dead one\'s beat has ended', async () => {
    bot = await start(false);
    const { container } = bot;
    const { ready } = container.inbox;
    const [message] = simulatorChannel.parse({ from: FROM, text: 'MENU', id: 'after-crash' }, container.deps.clock.now());
    const { id } = await container.conversations.accept(message!);
    // A worker that took the contact and died: its beat ends in 2 s, and nobody hands the contact back.
    await ready.beat('dead-worker', 2000, Date.now());
    expect((await ready.take('dead-worker'))?.id).toBeDefined();
    expect(await ready.depth()).toEqual({ waiting: 0, active: 1, delayed: 0 });

    container.startWorkers();
    await expect.poll(status(id), { timeout: 20_000, interval: 200 }).toBe('processed');
    expect((await container.deps.messages.repliesTo(id)).at(-1)?.text).toBe('Menu utama. Pilih nomor:');
    expect(await ready.depth()).toEqual({ waiting: 0, active: 0, delayed: 0 });
  });

  it('the beat hands back only what is due: a dead worker\'s contacts and entries whose delay has passed', async () => {
    bot = await start(false);
    const { container } = bot;
    const { inbox } = container;
    const { ready } = inbox;
    const ids = ['a', 'b', 'c', 'd'].map((n) => container.inboundQueue.inboxId(`simulator:+62811100010${n}`));
    for (const id of ids) await inbox.push(id, { kind: 'message', inboundId: `simulator:${id}` });
    const now = Date.now();
    // 'dead' beats last at `now` for 500 ms; at `now + 1000` it is overdue.
    await ready.beat('dead', 500, now);
    await ready.beat('alive', 60_000, now);
    const [dead, alive, soon, later] = [await ready.take('dead'), await ready.take('alive'), await ready.take('alive'), await ready.take('alive')];
    await soon!.delay(now + 999);
    await later!.delay(now + 60_000);

    expect(await ready.beat('', 0, now + 1000)).toBe(2);
    expect(await container.redis.lrange(ready.readyKey, 0, -1)).toEqual([dead!.raw, soon!.raw]);
    expect(await container.redis.lrange(ready.processingKey('alive'), 0, -1)).toEqual([alive!.raw]);
    expect(await ready.depth()).toEqual({ waiting: 2, active: 1, delayed: 1 });
    // Nothing more is due.
    expect(await ready.beat('', 0, now + 1000)).toBe(0);
  });
});
