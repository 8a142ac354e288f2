import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationItem } from '../../src/app/messages/conversation-ports.js';
import { startTwoInstances } from './two-instances.js';

const FROM = '+628111000001';
const COUNT = 20;

interface Event {
  at: 'start' | 'end';
  instance: number;
  inboundId: string;
}

describe('ordering: 20 concurrent messages from one contact across two instances', () => {
  let pair: Awaited<ReturnType<typeof startTwoInstances>>;
  const events: Event[] = [];

  beforeAll(async () => {
    // Workers start only once all 20 are queued, so both instances compete for the whole backlog
    // (the one that wins the contact's lock drains it; the other's jobs find the lock taken).
    pair = await startTwoInstances({}, { workers: false });
    pair.instances.forEach(({ container }, instance) => {
      const original = container.conversations.process.bind(container.conversations);
      container.conversations.process = async (key: string, item: ConversationItem) => {
        const inboundId = item.kind === 'message' ? item.inboundId : item.kind;
        events.push({ at: 'start', instance, inboundId });
        try {
          await original(key, item);
        } finally {
          events.push({ at: 'end', instance, inboundId });
        }
      };
    });
  });
  afterAll(async () => pair.close());

  it('processes them one at a time, in the order they were queued, losing none', async () => {
    const requests = Array.from({ length: COUNT }, (_, i) =>
      pair.instances[i % 2]!.app.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from: FROM, text: i % 2 ? 'menu' : 'MENU', id: `order-${i}` } }),
    );
    const { redis } = pair.instances[0]!.container;
    const inboxKey = `${pair.env.QUEUE_PREFIX}:inbox:${pair.instances[0]!.container.inboundQueue.inboxId(`simulator:${FROM}`)}`;
    await expect.poll(() => redis.llen(inboxKey), { timeout: 15_000 }).toBe(COUNT);
    const queued = (await redis.lrange(inboxKey, 0, -1)).map((raw) => (JSON.parse(raw) as { inboundId: string }).inboundId);
    expect(new Set(queued).size).toBe(COUNT);

    pair.startWorkers();
    const responses = await Promise.all(requests);
    expect(responses.map((r) => r.statusCode)).toEqual(Array(COUNT).fill(200));
    for (const res of responses) expect((res.json() as { replies: Array<{ text: string }> }).replies.at(-1)?.text).toBe('Menu utama. Pilih nomor:');

    // Strictly alternating start/end: never two at once, across both instances.
    expect(events.map((e) => e.at)).toEqual(Array.from({ length: COUNT }, () => ['start', 'end']).flat());
    const starts = events.filter((e) => e.at === 'start');
    expect(starts.map((e) => e.inboundId)).toEqual(queued);

    const { deps } = pair.instances[1]!.container;
    for (const id of queued) expect((await deps.messages.getInbound(id))?.status).toBe('processed');
    const contact = await deps.contacts.findByPhone(FROM);
    const session = await deps.sessions.load(contact!._id);
    expect(session?.lastRef).toBe(queued.at(-1));
    expect(await redis.llen(inboxKey)).toBe(0);
  });
});
