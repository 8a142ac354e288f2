import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deliveryMovesForward, previousDeliveryStatuses } from '../../src/app/delivery-status.js';
import type { DeliveryStatus, OutboundRecord } from '../../src/app/messages/message-records.js';
import { connectMongo } from '../../src/store/connect.js';
import { MessagesRepository } from '../../src/store/messages-repository.js';
import { createModels, ensureIndexes } from '../../src/store/store.js';
import { isolatedNames, testSeal } from '../helpers/services.js';

describe('delivery status rule', () => {
  it.each<[DeliveryStatus | null, DeliveryStatus, boolean]>([
    [null, 'sent', true],
    [null, 'read', true],
    ['sent', 'delivered', true],
    ['sent', 'read', true],
    ['delivered', 'read', true],
    ['delivered', 'sent', false],
    ['read', 'delivered', false],
    ['read', 'sent', false],
    ['sent', 'sent', false],
    ['sent', 'failed', true],
    ['delivered', 'failed', false],
    ['failed', 'read', false],
    ['failed', 'sent', false],
  ])('%s then %s moves forward: %s', (current, next, expected) => {
    expect(deliveryMovesForward(current, next)).toBe(expected);
  });

  it('lists the statuses a receipt may replace', () => {
    expect(previousDeliveryStatuses('read')).toEqual([null, 'sent', 'delivered']);
    expect(previousDeliveryStatuses('failed')).toEqual([null, 'sent']);
  });
});

describe('recording receipts on outbound messages', () => {
  let connection: Connection;
  let messages: MessagesRepository;
  beforeAll(async () => {
    connection = await connectMongo(inject('mongoUri'), isolatedNames().db);
    const models = createModels(connection, testSeal());
    await ensureIndexes(models);
    messages = new MessagesRepository(models);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  const record = (id: string): OutboundRecord => ({
    _id: id, contactId: 'c1', channel: 'whatsapp-cloud', address: '628111000001', kind: 'reply', text: 'Halo', choices: null, image: null,
    inReplyTo: null, status: 'sent', error: null, createdAt: new Date('2026-03-09T02:00:00Z'), seq: 0, sentAt: null,
  });

  it('moves forward only, whatever order the receipts come in', async () => {
    await messages.recordOutbound([record('out_1')]);
    await messages.notePlatformId('out_1', 'wamid.A');
    const at = new Date('2026-03-09T02:01:00Z');
    expect(await messages.recordDelivery('whatsapp-cloud', 'wamid.A', 'read', at)).toBe(true);
    expect(await messages.recordDelivery('whatsapp-cloud', 'wamid.A', 'delivered', at)).toBe(false);
    expect(await messages.recordDelivery('whatsapp-cloud', 'wamid.A', 'sent', at)).toBe(false);
    expect((await messages.getOutbound('out_1'))?.deliveryStatus).toBe('read');
  });

  it('records a failure with its error code; an unknown id changes nothing', async () => {
    await messages.recordOutbound([record('out_2')]);
    await messages.notePlatformId('out_2', 'wamid.B');
    const at = new Date('2026-03-09T02:01:00Z');
    expect(await messages.recordDelivery('whatsapp-cloud', 'wamid.B', 'sent', at)).toBe(true);
    expect(await messages.recordDelivery('whatsapp-cloud', 'wamid.B', 'failed', at, '131047')).toBe(true);
    expect(await messages.recordDelivery('whatsapp-cloud', 'wamid.B', 'delivered', at)).toBe(false);
    const stored = await messages.getOutbound('out_2');
    expect([stored?.deliveryStatus, stored?.deliveryError]).toEqual(['failed', '131047']);
    expect(await messages.recordDelivery('whatsapp-cloud', 'wamid.nope', 'read', at)).toBe(false);
    expect(await messages.recordDelivery('telegram', 'wamid.B', 'read', at)).toBe(false);
  });
});
