/**
 * A turn writes no mark on the message it answers: the reply it records is what makes the message
 * processed (the reply's id derives from the message's). Redeliveries and hand-outs again still
 * find the message handled, and replies recorded but not yet queued when a worker died still go out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { conversationKey } from '../../src/app/conversation.js';
import { outboundId } from '../../src/app/messages/outbound-id.js';
import { OutboundService } from '../../src/app/outbound.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { until } from '../helpers/until.js';

const PARENT = DEMO_PHONES.parent;
let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function start(): Promise<TestBot> {
  bot = await startTestBot({ seed: (c) => seedDemo(c.models, c.deps.clock.now()) });
  return bot;
}

describe('a message is processed by its recorded reply', () => {
  it('is processed without a mark, from the moment its reply is recorded, and a redelivery is not handled again', async () => {
    const b = await start();
    const { messages } = b.container.deps;
    const [reply] = await b.send(PARENT, 'menu', 'processed-1');

    expect((await messages.recordedInbound('simulator:processed-1'))?.status).toBe('queued');
    const first = await messages.getOutbound(outboundId('simulator:processed-1', 0));
    expect(first?.text).toBe(reply?.text);
    expect(await messages.getInbound('simulator:processed-1')).toMatchObject({ status: 'processed', processedAt: first?.createdAt });

    const contact = (await b.container.deps.contacts.findByAddress('simulator', PARENT))!;
    const session = await b.container.deps.sessions.load(contact._id);
    expect((await b.send(PARENT, 'menu', 'processed-1')).map((r) => r.text)).toEqual([reply?.text]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await b.container.deps.sessions.load(contact._id)).toEqual(session);
    expect(await b.container.models.outbound.countDocuments({ contactId: contact._id, kind: 'reply' })).toBe(1);
  }, 60_000);

  it('sends, when handed out again, the replies a worker recorded but died before queueing', async () => {
    const b = await start();
    const { messages, contacts } = b.container.deps;
    await b.send(PARENT, 'menu', 'processed-warm');
    const contact = (await contacts.findByAddress('simulator', PARENT))!;
    const id = 'simulator:processed-2';
    await messages.acceptInbound({ _id: id, platformId: 'processed-2', channel: 'simulator', address: PARENT, text: 'x', receivedAt: b.container.deps.clock.now() });
    // What linking a phone does in two steps: the confirmation recorded, then (not reached) queued.
    const outbound = new OutboundService(b.container.deps);
    await messages.recordOutbound(outbound.records({ contactId: contact._id, channel: 'simulator', address: PARENT }, [{ text: 'Nomor tersimpan.' }], { kind: 'reply', ref: id, inReplyTo: id }));

    await b.container.conversations.process(conversationKey('simulator', PARENT), { kind: 'message', inboundId: id });

    await until('the recorded reply sent', async () => ((await messages.getOutbound(outboundId(id, 0)))?.status === 'sent' ? true : undefined));
    expect((await messages.repliesTo(id)).map((r) => r.text)).toEqual(['Nomor tersimpan.']);
  }, 60_000);
});
