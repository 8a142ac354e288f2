import type { WAMessage } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createContainer, type Container } from '../../../src/main/container.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { seededRandom, sequentialIds } from '../../../src/shared/ids.js';
import { testEnv } from '../../helpers/services.js';
import { fakeSockets, textMessage, type FakeSocket } from './fake-socket.js';
import { capturedLogger } from './log-capture.js';

const PN = '628111000061@s.whatsapp.net';

/** Baileys items with fields of the wrong type, through the real session handler (fake socket). */
describe('Baileys upsert items are checked against their schema', () => {
  let container: Container;
  let socket: FakeSocket;
  const sockets = fakeSockets();
  const { log, lines } = capturedLogger();

  beforeAll(async () => {
    container = await createContainer({
      env: testEnv({ WHATSAPP_BAILEYS_ENABLED: 'true' }),
      mongoUri: inject('mongoUri'),
      clock: fixedClock(new Date('2026-03-09T02:00:00Z')),
      ids: sequentialIds(),
      random: seededRandom(7),
      log,
      whatsapp: { createSocket: sockets.factory, sleep: async () => undefined },
    });
    await container.whatsapp?.start(container.conversations);
    await vi.waitFor(() => expect(sockets.sockets).toHaveLength(1));
    socket = sockets.last();
    socket.emit('connection.update', { connection: 'open' });
  });
  afterAll(async () => {
    await container.close();
    await container.models.connection.dropDatabase().catch(() => undefined);
  });

  it('leaves out an item with an object JID or a numeric text, keeps the good one, and logs where it broke', async () => {
    const bad = [
      { key: { remoteJid: { $gt: '' }, id: 'B1' }, message: { conversation: 'menu' } },
      { key: { remoteJid: PN, id: 'B2' }, message: { conversation: 123 } },
      { key: { remoteJid: PN, id: { $ne: null } }, message: { conversation: 'menu' } },
      null,
    ] as unknown as WAMessage[];
    socket.emit('messages.upsert', { type: 'notify', messages: [...bad, textMessage({ remoteJid: PN, id: 'G1' }, 'menu')] });
    await vi.waitFor(async () => expect(await container.deps.messages.getInbound('whatsapp-baileys:G1')).toMatchObject({ text: 'menu' }));
    expect(await container.deps.messages.getInbound('whatsapp-baileys:B1')).toBeNull();
    expect(await container.deps.messages.getInbound('whatsapp-baileys:B2')).toBeNull();
    const rejected = lines.filter((l) => l.msg.startsWith('platform payload rejected'));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.level).toBe(40);
    expect((rejected[0] as unknown as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual(['messages.0.key.remoteJid', 'messages.2.key.id', 'messages.3']);
    expect(JSON.stringify(lines)).not.toContain('628111000061');
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});
