/**
 * A message item carries the message itself (so the worker's turn reads no record of it), sealed while
 * it waits in Redis; and a message redelivered while its first copy waits is not queued twice.
 */
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { CarriedMessage } from '../../src/app/messages/conversation-ports.js';
import { drainInbox } from '../../src/queues/inbox-drain.js';
import { ContactInbox, type InboxItem } from '../../src/queues/inbox.js';
import { DataSeal } from '../../src/store/data-seal.js';
import { isolatedNames } from '../helpers/services.js';

const message: CarriedMessage = { channel: 'simulator', address: '+628111000077', text: 'berat anak saya 8,7', receivedAt: new Date('2026-03-09T02:00:00Z'), question: 'q1' };

describe('inbox items that carry their message', () => {
  const redis = new Redis(inject('redisUrl'));
  const { prefix } = isolatedNames();
  const inbox = new ContactInbox(redis, prefix, DataSeal.fromSecrets(Buffer.alloc(32, 7).toString('base64')));
  afterAll(async () => redis.quit());

  it('keep the address and the words sealed in Redis, and give them back whole to the worker', async () => {
    const id = 'conv-carried';
    await inbox.push(id, { kind: 'message', inboundId: 'simulator:c1', message }, 'simulator:c1');
    const [raw] = await redis.lrange(`${prefix}:inbox:${id}`, 0, -1);
    expect(raw).not.toContain('8111000077');
    expect(raw).not.toContain('berat');
    expect(JSON.parse(raw!)).toMatchObject({ kind: 'message', inboundId: 'simulator:c1' });

    const handled: InboxItem[] = [];
    await drainInbox(inbox, (await inbox.ready.take('test-worker'))!, { process: async (_key, item) => void handled.push(item), setAside: async () => undefined });
    expect(handled).toEqual([{ kind: 'message', inboundId: 'simulator:c1', message }]);
  });

  it('queue a ref once while it waits, and again once it was handled', async () => {
    const id = 'conv-redelivered';
    const item: InboxItem = { kind: 'message', inboundId: 'simulator:d1', message };
    expect(await inbox.push(id, item, 'simulator:d1')).toBe(true);
    expect(await inbox.push(id, { kind: 'message', inboundId: 'simulator:d2', message }, 'simulator:d2')).toBe(true);
    expect(await inbox.push(id, item, 'simulator:d1')).toBe(false);
    expect(await inbox.length(id)).toBe(2);

    const handled: string[] = [];
    await drainInbox(inbox, (await inbox.ready.take('test-worker'))!, { process: async (_key, i) => void handled.push(i.kind === 'message' ? i.inboundId : i.kind), setAside: async () => undefined });
    expect(handled).toEqual(['simulator:d1', 'simulator:d2']);
    // Handled and gone: a later copy (a crash before its record said so) is queued, and its turn tells it handled.
    expect(await inbox.push(id, item, 'simulator:d1')).toBe(true);
  });
});
