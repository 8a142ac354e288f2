/**
 * A message whose turn keeps failing is set aside after its retries: recorded as failed, its sender
 * told kindly in their own language, and the contact's next message handled.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationItem } from '../../src/app/messages/conversation-ports.js';
import { simulatorChannel } from '../../src/channels/simulator/simulator-channel.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const FROM = '+628111000001';
const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
const en = JSON.parse(readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('a message that keeps failing', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { ADMIN_TOKEN }, seed: (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z')) });
    const { conversations } = bot.container;
    const original = conversations.process.bind(conversations);
    conversations.process = async (key: string, item: ConversationItem) => {
      if (item.kind === 'message' && item.inboundId === 'simulator:poison') throw new Error('this turn always fails');
      return original(key, item);
    };
  });
  afterAll(async () => bot.close());

  it('is marked failed, its sender gets a kind note in their language, and the next message is processed', async () => {
    const { container } = bot;
    const contact = await container.deps.contacts.findByPhone(FROM);
    await container.deps.contacts.update(contact!._id, { lang: 'en' });
    const accept = async (id: string) => {
      const [message] = simulatorChannel.parse({ from: FROM, text: 'MENU', id }, container.deps.clock.now());
      return (await container.conversations.accept(message!)).id;
    };
    const poison = await accept('poison');
    const next = await accept('next');
    const status = (id: string) => async () => (await container.deps.messages.getInbound(id))?.status;

    await expect.poll(status(next), { timeout: 40_000, interval: 250 }).toBe('processed');
    expect(await status(poison)()).toBe('failed');
    expect((await container.deps.messages.repliesTo(poison)).map((r) => r.text)).toEqual([en['inbox.set_aside']]);
    expect((await container.deps.messages.repliesTo(next)).length).toBeGreaterThan(0);
    expect(await container.inbox.length(container.inboundQueue.inboxId(`simulator:${FROM}`))).toBe(0);

    // Operators see it: how many were set aside, and which, without address or text.
    expect((await bot.app.inject({ method: 'GET', url: '/api/admin/inbox/failed' })).statusCode).toBe(401);
    const res = await bot.app.inject({ method: 'GET', url: '/api/admin/inbox/failed', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ count: 1, messages: [{ id: poison, channel: 'simulator' }] });
    expect(res.body).not.toContain('8111000001');
  }, 60_000);
});
