import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { WAMessage } from '@whiskeysockets/baileys';
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
    // This file sends about 30 messages to the account in well under a minute: at the default 20 a minute
    // the last replies would wait for the next minute (real time), past any wait below.
    const env = testEnv({ WHATSAPP_BAILEYS_ENABLED: 'true', ADMIN_TOKEN: TOKEN, WHATSAPP_BAILEYS_RATE_PER_MINUTE: '120' });
    container = await createContainer({
      env,
      mongoUri: inject('mongoUri'),
      clock: fixedClock(new Date('2026-03-09T02:00:00Z')),
      ids: sequentialIds(),
      random: seededRandom(7),
      log: createLogger({ level: (process.env.TEST_LOG_LEVEL ?? 'silent') as 'silent' }),
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

  describe('a typed number answers only the question it was typed for', () => {
    const PN2 = '628111000052@s.whatsapp.net';
    const STAMP = 1773021600; // the fixed clock, in seconds
    const sentIdOf = (text: string) => `3EB0SENT${socket.sent.findLastIndex((s) => s.jid === PN2 && 'text' in s.content && s.content.text.startsWith(text)) + 1}`;
    async function say(id: string, message: WAMessage['message'], stamp = STAMP): Promise<string[]> {
      socket.emit('messages.upsert', { type: 'notify', messages: [{ key: { remoteJid: PN2, id }, message, messageTimestamp: stamp } as WAMessage] });
      await vi.waitFor(async () => {
        expect((await container.deps.messages.getInbound(`whatsapp-baileys:${id}`))?.status).toBe('processed');
        const replies = await container.deps.messages.repliesTo(`whatsapp-baileys:${id}`);
        expect(replies.length).toBeGreaterThan(0);
        expect(replies.map((r) => `${r.status}: ${r.text}`)).toEqual(replies.map((r) => `sent: ${r.text}`));
      }, { timeout: 20_000, interval: 100 });
      return (await container.deps.messages.repliesTo(`whatsapp-baileys:${id}`)).map((r) => r.text);
    }
    const quoting = (text: string, stanzaId: string) => ({ extendedTextMessage: { text, contextInfo: { stanzaId } } });
    const CLOSED = 'Pertanyaan itu sudah ditutup';

    it('takes a number quoting the open list as its answer, and one quoting a list since closed as stale', async () => {
      const first = await say('WA-Q1', { conversation: 'halo' });
      expect(first.at(-1)).toMatch(/^Pilih bahasa/);
      const languages = sentIdOf('Pilih bahasa');
      // "1" quoting the language list while it is open: Bahasa Indonesia.
      expect((await say('WA-Q2', quoting('1', languages)))[0]).toBe('Baik, kita pakai Bahasa Indonesia.');
      // "2" quoting the same list, now closed: the consent question is open, and "2" is not taken for it.
      const stale = await say('WA-Q3', quoting('2', languages));
      expect(stale[0]).toContain(CLOSED);
      expect(stale.at(-1)).toMatch(/^Apakah Anda setuju/);
      expect((await container.deps.contacts.findByAddress('whatsapp-baileys', PN2))?.lang).toBe('id');
    });

    it('takes a bare number typed before the latest list arrived as meant for an earlier question', async () => {
      // Typed a second before any list was sent to this chat: that question is closed.
      const early = await say('WA-Q4', { conversation: '1' }, STAMP - 1);
      expect(early[0]).toContain(CLOSED);
      expect(early.at(-1)).toMatch(/^Apakah Anda setuju/);
      // Typed after it, a number is read as the open question's answer, as ever (here: not a yes or no).
      const late = await say('WA-Q5', { conversation: '1' });
      expect(late[0]).not.toContain(CLOSED);
      // And a quote of a message that showed no list ties nothing: "ya" answers the consent question.
      const consent = sentIdOf('Apakah Anda setuju');
      expect((await say('WA-Q6', quoting('ya', consent))).join('\n')).not.toContain(CLOSED);
      expect((await container.deps.contacts.findByAddress('whatsapp-baileys', PN2))?.consentAt).toBeInstanceOf(Date);
    });
  });
});
