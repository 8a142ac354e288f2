/**
 * A turn's reply on its first attempt in the process that recorded it is sent without being read
 * back; any later attempt reads the record as it stands, so a reply is not sent twice and a failed
 * first attempt is retried.
 */
import { describe, expect, it, vi } from 'vitest';
import { FreshReplies } from '../../src/app/messages/fresh-replies.js';
import { OutboundService, type OutboxDeps } from '../../src/app/outbound.js';
import type { Channel } from '../../src/channels/channel.js';
import { fixedClock, movingClock } from '../../src/shared/clock.js';
import { AppError } from '../../src/shared/errors.js';
import { createLogger } from '../../src/shared/logger.js';
import { ContactsRepository } from '../../src/store/contacts-repository.js';
import { MessagesRepository } from '../../src/store/messages-repository.js';
import { freshModelsEachTest } from '../helpers/fresh-models.js';

const freshModels = freshModelsEachTest();
const TO = { contactId: 'c-1', channel: 'fake', address: '42' };

async function setUp(send: Channel['send']) {
  const models = await freshModels();
  const messages = new MessagesRepository(models);
  const channel = { name: 'fake', limits: { max: 100, durationMs: 1000 }, parse: () => [], phoneOf: () => null, send: vi.fn(send) } as unknown as Channel & { send: ReturnType<typeof vi.fn> };
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
  const deps: OutboxDeps = {
    messages,
    sends: { enqueue: async () => undefined, enqueueMany: async () => undefined },
    channels: { get: (name) => (name === 'fake' ? channel : undefined), names: () => ['fake'] },
    contacts: new ContactsRepository(models),
    clock,
    log: createLogger({ level: 'silent' }),
    logSecret: 'test',
    fresh: new FreshReplies(clock, { maxAgeMs: 30_000 }),
  };
  const outbound = new OutboundService(deps);
  const [record] = outbound.records(TO, [{ text: 'Menu utama' }], { kind: 'reply', ref: 'fake:m1', inReplyTo: 'fake:m1' });
  await messages.recordOutbound([record!]);
  await outbound.enqueue([record!], undefined, { fresh: true });
  return { outbound, messages, channel, clock, id: record!._id, reads: vi.spyOn(messages, 'startSending') };
}

describe('a turn\'s fresh replies', () => {
  it('are sent on their first attempt without a read, and never twice', async () => {
    const { outbound, messages, channel, id, reads } = await setUp(async () => ({ platformId: 'p-1' }));

    await outbound.deliver(id);
    expect(reads).not.toHaveBeenCalled();
    expect(await messages.getOutbound(id)).toMatchObject({ status: 'sent', platformId: 'p-1' });

    // Handed out again (the worker died before the outbox let the id go): read, found sent, skipped.
    await outbound.deliver(id);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(channel.send).toHaveBeenCalledTimes(1);
  });

  it('are read on a retry after a failed first attempt, and sent then', async () => {
    let calls = 0;
    const { outbound, messages, channel, id, reads } = await setUp(async () => {
      calls += 1;
      if (calls === 1) throw new AppError('CHANNEL_SEND_FAILED', 'timeout', { reason: 'timeout' });
      return { platformId: 'p-2' };
    });

    await expect(outbound.deliver(id)).rejects.toThrow('timeout');
    expect((await messages.getOutbound(id))?.status).toBe('queued');
    await outbound.deliver(id);

    expect(reads).toHaveBeenCalledTimes(1);
    expect(channel.send).toHaveBeenCalledTimes(2);
    expect(await messages.getOutbound(id)).toMatchObject({ status: 'sent', platformId: 'p-2' });
  });

  it('are read back when their first attempt comes late: another process may have sent them meanwhile', async () => {
    const { outbound, messages, channel, clock, id, reads } = await setUp(async () => ({ platformId: 'p-3' }));
    // Another process (after a crash recovery handed the id out there) sent it in the meantime.
    await messages.markSent(id, clock.now(), 'p-elsewhere');
    clock.advance(30_001);

    await outbound.deliver(id);

    expect(reads).toHaveBeenCalledTimes(1);
    expect(channel.send).not.toHaveBeenCalled();
    expect(await messages.getOutbound(id)).toMatchObject({ status: 'sent', platformId: 'p-elsewhere' });
  });

  it('are taken without a read on a clock that moves, while within their age', () => {
    const clock = movingClock(new Date('2026-03-09T02:00:00Z'), 250);
    const fresh = new FreshReplies(clock, { maxAgeMs: 1_000 });
    const record = (id: string) => ({ _id: id }) as never;
    fresh.keep([record('a'), record('b')]);
    expect(fresh.take('a')).toEqual({ _id: 'a' });
    clock.advance(1_000);
    expect(fresh.take('b')).toBeUndefined();
  });

  it('are kept up to a bound, the oldest going first, and taken once', () => {
    const fresh = new FreshReplies(fixedClock(new Date('2026-03-09T02:00:00Z')), { capacity: 2 });
    const record = (id: string) => ({ _id: id }) as never;
    fresh.keep([record('a'), record('b'), record('c')]);
    expect(fresh.take('a')).toBeUndefined();
    expect(fresh.take('b')).toEqual({ _id: 'b' });
    expect(fresh.take('b')).toBeUndefined();
    expect(fresh.take('c')).toEqual({ _id: 'c' });
  });
});
