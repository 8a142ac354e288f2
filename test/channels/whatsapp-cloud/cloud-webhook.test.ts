import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { InboundMessage } from '../../../src/channels/channel.js';
import { MemoryCustomerWindow } from '../../../src/channels/whatsapp-cloud/customer-window.js';
import { receiveCloudWebhook } from '../../../src/channels/whatsapp-cloud/receive-webhook.js';
import { buildHttpApp } from '../../../src/http/app.js';
import { whatsappCloudWebhookRoutes } from '../../../src/http/routes/whatsapp-cloud-webhook.js';
import { createLogger } from '../../../src/shared/logger.js';
import { connectMongo } from '../../../src/store/connect.js';
import { MessagesRepository } from '../../../src/store/messages-repository.js';
import { createModels, ensureIndexes } from '../../../src/store/store.js';
import { isolatedNames, testSeal } from '../../helpers/services.js';

const SECRET = 'app-secret-0123456789';
const VERIFY = 'verify-token-0123456789';
const PHONE_ID = '1098765432';

const sign = (raw: string, secret = SECRET) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

function webhook(value: object): object {
  return { object: 'whatsapp_business_account', entry: [{ id: 'WABA', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '62215550000', phone_number_id: PHONE_ID }, ...value } }] }] };
}

describe('WhatsApp Cloud webhook (Fastify inject, real MongoDB-wire store)', () => {
  let connection: Connection;
  let messages: MessagesRepository;
  let app: FastifyInstance;
  const accepted: InboundMessage[] = [];
  const window = new MemoryCustomerWindow();

  beforeAll(async () => {
    connection = await connectMongo(inject('mongoUri'), isolatedNames().db);
    const models = createModels(connection, testSeal());
    await ensureIndexes(models);
    messages = new MessagesRepository(models);
    const deps = {
      channel: 'whatsapp-cloud',
      phoneNumberId: PHONE_ID,
      window,
      accept: async (m: InboundMessage) => void accepted.push(m),
      recordDelivery: messages.recordDelivery.bind(messages),
      now: () => new Date('2026-03-09T02:00:00Z'),
    };
    app = await buildHttpApp({
      log: createLogger({ level: 'silent' }),
      health: { ready: async () => ({}) },
      plugins: [(instance) => whatsappCloudWebhookRoutes(instance, { verifyToken: VERIFY, appSecret: SECRET, receive: async (body) => void (await receiveCloudWebhook(body, deps)) })],
    });
  });
  afterAll(async () => {
    await app.close();
    await connection.dropDatabase();
    await connection.close();
  });

  const post = (raw: string, signature?: string) =>
    app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: raw, headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) } });

  it('echoes the challenge when the verify token matches, else 403', async () => {
    const good = await app.inject({ method: 'GET', url: `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444` });
    expect([good.statusCode, good.body]).toEqual([200, '1158201444']);
    const bad = await app.inject({ method: 'GET', url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1' });
    expect(bad.statusCode).toBe(403);
    const noMode = await app.inject({ method: 'GET', url: `/webhooks/whatsapp?hub.verify_token=${VERIFY}&hub.challenge=1` });
    expect(noMode.statusCode).toBe(403);
  });

  it('accepts a signed message (text, list reply, caption) and opens the 24-hour window', async () => {
    const raw = JSON.stringify(webhook({
      contacts: [{ profile: { name: 'Ibu' }, wa_id: '628111000001' }],
      messages: [
        { from: '628111000001', id: 'wamid.IN1', timestamp: '1773021000', type: 'text', text: { body: 'menu' } },
        { from: '628111000001', id: 'wamid.IN2', timestamp: '1773021060', type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'k3x9b:2', title: 'Jadwal posyandu' } } },
        // A bare number is a row from before rows named their question: it answers none.
        { from: '628111000001', id: 'wamid.IN3', timestamp: '1773021065', type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: '1', title: 'Ya' } } },
        { from: '628111000001', id: 'wamid.IN4', timestamp: '1773021068', type: 'image', image: { caption: 'bb 8,5 tb 72' } },
        { from: '628111000001', id: 'wamid.IN5', timestamp: '1773021070', type: 'image', image: {} },
      ],
    }));
    const res = await post(raw, sign(raw));
    expect(res.statusCode).toBe(200);
    expect(accepted.map((m) => [m.address, m.platformId, m.text, m.question, m.attachment])).toEqual([
      ['628111000001', 'wamid.IN1', 'menu', undefined, undefined],
      ['628111000001', 'wamid.IN2', '2', 'k3x9b', undefined],
      ['628111000001', 'wamid.IN3', '1', '', undefined],
      ['628111000001', 'wamid.IN4', 'bb 8,5 tb 72', undefined, 'photo'],
      ['628111000001', 'wamid.IN5', '', undefined, 'photo'],
    ]);
    expect(await window.lastInbound('628111000001')).toEqual(new Date(1773021070 * 1000));
  });

  it('refuses a forged or missing signature with 401 and processes nothing', async () => {
    accepted.length = 0;
    const raw = JSON.stringify(webhook({ messages: [{ from: '628111000009', id: 'wamid.F1', timestamp: '1773021000', type: 'text', text: { body: 'x' } }] }));
    expect((await post(raw, sign(raw, 'another-secret-000000'))).statusCode).toBe(401);
    expect((await post(raw)).statusCode).toBe(401);
    // Signed, then altered in transit: the signature is over the exact bytes.
    expect((await post(raw.replace('"x"', '"y"'), sign(raw))).statusCode).toBe(401);
    expect(accepted).toEqual([]);
  });

  it('records statuses on the sent message, forward only, with the error code of a failure', async () => {
    await messages.recordOutbound([
      { _id: 'out_s1', contactId: 'c1', channel: 'whatsapp-cloud', address: '628111000001', kind: 'reply', text: 'Halo', choices: null, image: null, inReplyTo: null, status: 'sent', error: null, createdAt: new Date(0), seq: 0, sentAt: null },
      { _id: 'out_s2', contactId: 'c1', channel: 'whatsapp-cloud', address: '628111000001', kind: 'reminder', text: 'Besok', choices: null, image: null, inReplyTo: null, status: 'sent', error: null, createdAt: new Date(0), seq: 1, sentAt: null },
    ]);
    await messages.notePlatformId('out_s1', 'wamid.OUT1');
    await messages.notePlatformId('out_s2', 'wamid.OUT2');
    const statuses = (list: object[]) => {
      const raw = JSON.stringify(webhook({ statuses: list }));
      return post(raw, sign(raw));
    };
    const status = (id: string, s: string, t: number, errors?: object[]) => ({ id, status: s, timestamp: String(t), recipient_id: '628111000001', ...(errors ? { errors } : {}) });
    expect((await statuses([status('wamid.OUT1', 'read', 1773021300)])).statusCode).toBe(200);
    expect((await statuses([status('wamid.OUT1', 'delivered', 1773021200), status('wamid.OUT1', 'sent', 1773021100)])).statusCode).toBe(200);
    expect((await messages.getOutbound('out_s1'))?.deliveryStatus).toBe('read');
    await statuses([status('wamid.OUT2', 'sent', 1773021100), status('wamid.OUT2', 'failed', 1773021101, [{ code: 131047, title: 'Re-engagement message' }])]);
    const failed = await messages.getOutbound('out_s2');
    expect([failed?.deliveryStatus, failed?.deliveryError]).toEqual(['failed', '131047']);
    // WhatsApp said the window is closed: the next send to this number goes as a template.
    expect(await window.lastInbound('628111000001')).toBeNull();
  });

  it('takes bodies up to 3 MB', async () => {
    const raw = JSON.stringify({ ...webhook({}), padding: 'x'.repeat(2.5 * 1024 * 1024) });
    expect((await post(raw, sign(raw))).statusCode).toBe(200);
    const tooBig = JSON.stringify({ padding: 'x'.repeat(3.1 * 1024 * 1024) });
    expect((await post(tooBig, sign(tooBig))).statusCode).toBe(413);
  });
});
