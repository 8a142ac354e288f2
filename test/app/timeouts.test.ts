import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/seed-demo.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

describe('question timeouts (BullMQ delayed jobs)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ seed: (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z')) });
  });
  afterAll(async () => bot.close());

  it('schedules a delayed job per waiting question and ends the session when it fires', async () => {
    await bot.send('+628111000001', 'menu');
    const contact = await bot.container.deps.contacts.findByPhone('+628111000001');
    const session = await bot.container.deps.sessions.load(contact!._id);
    expect(session?.wait?.token).toBeDefined();

    const jobs = await bot.container.timeoutQueue.queue.getDelayed();
    const job = jobs.find((j) => j.data.token === session!.wait!.token);
    expect(job).toBeDefined();
    // The question waits SESSION_TIMEOUT_MINUTES (24 h by default) from the bot's clock.
    expect(job!.opts.delay).toBe(24 * 60 * 60_000);

    await job!.promote();
    await expect.poll(async () => (await bot.container.deps.sessions.load(contact!._id))?.stack.length, { timeout: 10_000 }).toBe(0);
    const after = await bot.container.deps.sessions.load(contact!._id);
    expect(after?.wait).toBeUndefined();
  });

  it('ignores a timeout that fires after the question was already answered', async () => {
    await bot.send('+628111000001', 'menu');
    const contact = await bot.container.deps.contacts.findByPhone('+628111000001');
    const first = (await bot.container.deps.sessions.load(contact!._id))!.wait!.token;
    await bot.send('+628111000001', '2');
    const waiting = (await bot.container.deps.sessions.load(contact!._id))!;
    expect(waiting.wait!.token).not.toBe(first);

    await bot.container.conversations.timeout({ contactId: contact!._id, token: first });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = (await bot.container.deps.sessions.load(contact!._id))!;
    expect(after.wait?.token).toBe(waiting.wait!.token);
    expect(after.stack).toEqual(waiting.stack);
  });
});
