import { DisconnectReason, proto } from '@whiskeysockets/baileys';
import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { BaileysSession, type BaileysSessionOptions } from '../../../src/channels/whatsapp-baileys/baileys-session.js';
import { readBaileysStatus } from '../../../src/channels/whatsapp-baileys/session-status.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { BaileysAuthRepository } from '../../../src/store/baileys-auth-repository.js';
import { connectMongo } from '../../../src/store/connect.js';
import { isSealed } from '../../../src/store/data-seal.js';
import { createModels, ensureIndexes } from '../../../src/store/store.js';
import { isolatedNames, testSeal } from '../../helpers/services.js';
import { closedWith, fakeSockets } from './fake-socket.js';
import { capturedLogger } from './log-capture.js';

describe('Baileys session (fake socket, real MongoDB-wire store)', () => {
  let connection: Connection;
  let store: BaileysAuthRepository;
  let n = 0;
  beforeAll(async () => {
    connection = await connectMongo(inject('mongoUri'), isolatedNames().db);
    const models = createModels(connection, testSeal());
    await ensureIndexes(models);
    store = new BaileysAuthRepository(models);
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  function setup(overrides: Partial<BaileysSessionOptions> = {}) {
    const sockets = fakeSockets();
    const delays: number[] = [];
    const pending: Array<() => void> = [];
    const { log, lines } = capturedLogger();
    const qrs: string[] = [];
    const name = overrides.session ?? `s${++n}`;
    const session = new BaileysSession({
      session: name,
      store,
      createSocket: sockets.factory,
      log,
      clock: fixedClock(new Date('2026-03-09T02:00:00Z')),
      backoff: { baseMs: 1000, maxMs: 60_000 },
      random: () => 0,
      schedule: (fn, ms) => {
        delays.push(ms);
        pending.push(fn);
        return () => undefined;
      },
      showQr: (qr) => qrs.push(qr),
      onMessages: async () => undefined,
      ...overrides,
    });
    const runNext = () => pending.shift()?.();
    return { name, session, sockets, delays, runNext, lines, qrs };
  }

  it('shows the pairing QR in the terminal and in the published status', async () => {
    const { name, session, sockets, qrs } = setup();
    await session.start();
    sockets.last().emit('connection.update', { qr: '2@qr-one' });
    await vi.waitFor(() => expect(session.status().state).toBe('pairing'));
    expect(qrs).toEqual(['2@qr-one']);
    expect(session.status().qr).toBe('2@qr-one');
    await vi.waitFor(async () => expect((await readBaileysStatus(store, name))?.qr).toBe('2@qr-one'));
  });

  it('asks for a pairing code instead when the bot number is configured', async () => {
    const { session, sockets, qrs } = setup({ pairingPhone: '+628123450000' });
    await session.start();
    sockets.last().emit('connection.update', { qr: '2@qr' });
    await vi.waitFor(() => expect(session.status().pairingCode).toBe('ABCD1234'));
    expect(sockets.last().pairingRequests).toEqual(['628123450000']);
    expect(qrs).toEqual([]);
  });

  it('saves creds and keys to MongoDB; a second instance starts already logged in', async () => {
    const first = setup({ session: 'persisted' });
    await first.session.start();
    const socket = first.sockets.last();
    const { creds, keys } = socket.config.auth;
    // What Baileys does on pairing: update creds in place, announce them, and store signal keys.
    Object.assign(creds, { registered: true, me: { id: '628123450000:7@s.whatsapp.net', name: 'Posyandu' } });
    socket.emit('creds.update', { registered: true, me: creds.me! });
    const preKey = { public: Buffer.from([1, 2, 3]), private: Buffer.from([4, 5, 6]) };
    await keys.set({ 'pre-key': { '7': preKey }, session: { '628111000001.0': Buffer.from('signal-session') }, 'app-state-sync-key': { AAAA: { keyData: Buffer.from([9, 9]) } } });
    await vi.waitFor(async () => expect((await store.read('persisted', 'creds', [''])).get('')).toContain('"registered":true'));
    const raw = await connection.collection('whatsapp_baileys_auth').findOne({ session: 'persisted', type: 'pre-key' });
    expect(isSealed(String(raw?.value))).toBe(true);

    const second = setup({ session: 'persisted', pairingPhone: '+628123450000' });
    await second.session.start();
    const loaded = second.sockets.last().config.auth;
    expect(loaded.creds.registered).toBe(true);
    expect(loaded.creds.me?.id).toBe('628123450000:7@s.whatsapp.net');
    expect(Buffer.from(loaded.creds.noiseKey.private)).toEqual(Buffer.from(creds.noiseKey.private));
    const got = await loaded.keys.get('pre-key', ['7', '8']);
    expect(Buffer.from(got['7']!.private)).toEqual(preKey.private);
    expect(got['8']).toBeUndefined();
    const appKey = (await loaded.keys.get('app-state-sync-key', ['AAAA']))['AAAA'];
    expect(appKey).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    second.sockets.last().emit('connection.update', { connection: 'open' });
    await vi.waitFor(() => expect(second.session.status().state).toBe('open'));
    expect(second.sockets.last().pairingRequests).toEqual([]);

    await keys.set({ 'pre-key': { '7': null } });
    expect((await loaded.keys.get('pre-key', ['7']))['7']).toBeUndefined();
  });

  it('reconnects after a network close with growing backoff, and resets it once open', async () => {
    const { session, sockets, delays, runNext } = setup();
    await session.start();
    sockets.last().emit('connection.update', closedWith(DisconnectReason.connectionLost));
    await vi.waitFor(() => expect(delays).toHaveLength(1));
    expect(session.status().state).toBe('reconnecting');
    expect(session.openSocket()).toBeUndefined();
    runNext();
    await vi.waitFor(() => expect(sockets.sockets).toHaveLength(2));
    sockets.last().emit('connection.update', closedWith(DisconnectReason.connectionClosed));
    await vi.waitFor(() => expect(delays).toHaveLength(2));
    runNext();
    await vi.waitFor(() => expect(sockets.sockets).toHaveLength(3));
    sockets.last().emit('connection.update', closedWith(DisconnectReason.timedOut));
    await vi.waitFor(() => expect(delays).toHaveLength(3));
    expect(delays).toEqual([500, 1000, 2000]);
    runNext();
    await vi.waitFor(() => expect(sockets.sockets).toHaveLength(4));
    sockets.last().emit('connection.update', { connection: 'open' });
    await vi.waitFor(() => expect(session.status().state).toBe('open'));
    expect(session.openSocket()).toBe(sockets.last());
    sockets.last().emit('connection.update', closedWith(DisconnectReason.connectionLost));
    await vi.waitFor(() => expect(delays).toHaveLength(4));
    expect(delays[3]).toBe(500);
  });

  it('reconnects at once when WhatsApp asks for a restart after pairing', async () => {
    const { session, sockets, delays } = setup();
    await session.start();
    sockets.last().emit('connection.update', closedWith(DisconnectReason.restartRequired));
    await vi.waitFor(() => expect(delays).toEqual([0]));
    expect(session.status().attempt).toBe(0);
  });

  it('does not reconnect after a logout: clears the session and alerts the operator', async () => {
    const { name, session, sockets, delays, lines } = setup();
    await session.start();
    await sockets.last().config.auth.keys.set({ 'pre-key': { '1': { public: Buffer.from([1]), private: Buffer.from([2]) } } });
    sockets.last().emit('connection.update', closedWith(DisconnectReason.loggedOut));
    await vi.waitFor(() => expect(session.status().state).toBe('logged-out'));
    expect(delays).toEqual([]);
    expect(sockets.sockets).toHaveLength(1);
    expect(lines.some((l) => l.level === 50 && /logged this session out/.test(l.msg))).toBe(true);
    expect((await store.read(name, 'pre-key', ['1'])).size).toBe(0);
    expect((await readBaileysStatus(store, name))?.state).toBe('logged-out');
  });

  it('stops on "connection replaced" instead of fighting the other client in a loop', async () => {
    const { session, sockets, delays, lines } = setup();
    await session.start();
    sockets.last().emit('connection.update', closedWith(DisconnectReason.connectionReplaced));
    await vi.waitFor(() => expect(session.status().state).toBe('replaced'));
    expect(delays).toEqual([]);
    expect(sockets.sockets).toHaveLength(1);
    expect(lines.some((l) => l.level === 50 && /replaced/.test(l.msg))).toBe(true);
  });

  it('answers getMessage from the messages it sent, for retries', async () => {
    const { session } = setup();
    await session.start();
    await session.remember({ key: { id: 'SENT1', remoteJid: '628111000001@s.whatsapp.net', fromMe: true }, message: { conversation: 'Halo' } });
    const found = await session.getMessage({ id: 'SENT1' });
    expect(found?.conversation).toBe('Halo');
    expect(await session.getMessage({ id: 'NOPE' })).toBeUndefined();
  });
});
