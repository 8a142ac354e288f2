import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createContainer, type Container } from '../../../src/main/container.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { seededRandom, sequentialIds } from '../../../src/shared/ids.js';
import { createLogger } from '../../../src/shared/logger.js';
import { testEnv } from '../../helpers/services.js';
import { fakeSockets, textMessage, type FakeSocket } from './fake-socket.js';

const PN = '628111000051@s.whatsapp.net';
const LID = '201234567890123@lid';
const TOKEN = 'admin-token-0123456789';

/** The whole bot with WhatsApp over a fake Baileys socket: MongoDB-wire, Redis, workers, Fastify. */
describe('Baileys channel end to end (fake socket)', () => {
  let container: Container;
  let app: FastifyInstance;
  const sockets = fakeSockets();
  let socket: FakeSocket;
  const textsTo = (jid: string) => socket.sent.filter((s) => s.jid === jid).map((s) => ('text' in s.content ? s.content.text : ''));

  beforeAll(async () => {
    const env = testEnv({ WHATSAPP_BAILEYS_ENABLED: 'true', ADMIN_TOKEN: TOKEN });
    container = await createContainer({
      env,
      mongoUri: inject('mongoUri'),
      clock: fixedClock(new Date('2026-03-09T02:00:00Z')),
      ids: sequentialIds(),
      random: seededRandom(7),
      log: createLogger({ level: 'silent' }),
      whatsapp: { createSocket: sockets.factory, sleep: async () => undefined },
    });
    container.startWorkers();
    app = await container.http();
    await vi.waitFor(() => expect(sockets.sockets).toHaveLength(1));
    socket = sockets.last();
  });
  afterAll(async () => {
    await container.close();
    await container.models.connection.dropDatabase().catch(() => undefined);
  });

  it('shows the pairing QR on the admin page, behind ADMIN_TOKEN', async () => {
    socket.emit('connection.update', { qr: '2@pairing-qr-for-test' });
    await vi.waitFor(async () => expect((await app.inject({ method: 'GET', url: '/admin/whatsapp/status', headers: { authorization: `Bearer ${TOKEN}` } })).json()).toMatchObject({ status: { state: 'pairing' } }));
    const page = await app.inject({ method: 'GET', url: '/admin/whatsapp', headers: { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<svg');
    expect(page.body).toContain('pairing');
    const denied = await app.inject({ method: 'GET', url: '/admin/whatsapp' });
    expect(denied.statusCode).toBe(401);
    expect(denied.headers['www-authenticate']).toContain('Basic');
    expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).toMatchObject({ status: 'ready', channels: { whatsapp: false } });
  });

  it('reports the session ready once connected', async () => {
    socket.emit('connection.update', { connection: 'open' });
    await vi.waitFor(async () => expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).toMatchObject({ status: 'ready', checks: { mongodb: true, redis: true }, channels: { whatsapp: true } }));
  });

  it('answers a message with numbered choices, once, even when WhatsApp replays it', async () => {
    // PN addressing with the LID alongside: the adapter learns the pair.
    socket.emit('messages.upsert', { type: 'notify', messages: [textMessage({ remoteJid: PN, remoteJidAlt: LID, id: 'WA-1' }, 'halo')] });
    await vi.waitFor(async () => {
      const replies = await container.deps.messages.repliesTo('whatsapp-baileys:WA-1');
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.every((r) => r.status === 'sent')).toBe(true);
    });
    const withChoices = (await container.deps.messages.repliesTo('whatsapp-baileys:WA-1')).find((r) => r.choices?.length);
    expect(withChoices).toBeDefined();
    expect(textsTo(PN)).toContain(`${withChoices!.text}\n\n${withChoices!.choices!.map((c, i) => `${i + 1}. ${c.label}`).join('\n')}`);
    const repliesToFirst = textsTo(PN).length;
    socket.emit('messages.upsert', { type: 'append', messages: [textMessage({ remoteJid: PN, remoteJidAlt: LID, id: 'WA-1' }, 'halo')] });
    socket.emit('messages.upsert', { type: 'notify', messages: [textMessage({ remoteJid: PN, id: 'WA-2' }, 'menu')] });
    await vi.waitFor(async () => expect((await container.deps.messages.getInbound('whatsapp-baileys:WA-2'))?.status).toBe('processed'));
    expect(await container.models.inbound.countDocuments({ channel: 'whatsapp-baileys', platformId: 'WA-1' })).toBe(1);
    expect((await container.deps.messages.repliesTo('whatsapp-baileys:WA-1')).length).toBe(repliesToFirst);
  });

  it('keeps a person who writes by LID the same contact as by phone number', async () => {
    const byPhone = await container.deps.contacts.findByAddress('whatsapp-baileys', PN);
    expect(byPhone?.phone).toBe('+628111000051');
    socket.emit('messages.upsert', { type: 'notify', messages: [textMessage({ remoteJid: LID, id: 'WA-3', addressingMode: 'lid' }, '1')] });
    await vi.waitFor(async () => expect((await container.deps.messages.getInbound('whatsapp-baileys:WA-3'))?.status).toBe('processed'));
    expect((await container.deps.messages.getInbound('whatsapp-baileys:WA-3'))?.address).toBe(PN);
    expect(await container.deps.contacts.findByAddress('whatsapp-baileys', LID)).toBeNull();
    expect((await container.deps.contacts.get(byPhone!._id))?.lastAddress).toBe(PN);
  });

  it('ignores status broadcasts, groups and its own messages', async () => {
    socket.emit('messages.upsert', {
      type: 'notify',
      messages: [
        textMessage({ remoteJid: 'status@broadcast', participant: PN, id: 'WA-S' }, 'status'),
        textMessage({ remoteJid: '120363000000000000@g.us', participant: PN, id: 'WA-G' }, 'grup'),
        textMessage({ remoteJid: PN, fromMe: true, id: 'WA-ME' }, 'dari HP'),
        textMessage({ remoteJid: PN, id: 'WA-4' }, 'menu'),
      ],
    });
    await vi.waitFor(async () => expect((await container.deps.messages.getInbound('whatsapp-baileys:WA-4'))?.status).toBe('processed'));
    expect(await container.models.inbound.countDocuments({ platformId: { $in: ['WA-S', 'WA-G', 'WA-ME'] } })).toBe(0);
  });
});
