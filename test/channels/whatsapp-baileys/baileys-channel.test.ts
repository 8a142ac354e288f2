import { describe, expect, it } from 'vitest';
import { BaileysChannel } from '../../../src/channels/whatsapp-baileys/baileys-channel.js';
import type { BaileysSocketLike } from '../../../src/channels/whatsapp-baileys/baileys-socket.js';
import { LidMap } from '../../../src/channels/whatsapp-baileys/lid-map.js';
import { isAppError } from '../../../src/shared/errors.js';
import { createLogger } from '../../../src/shared/logger.js';
import { FakeSocket } from './fake-socket.js';

const JID = '628111000001@s.whatsapp.net';

function setup(open = true) {
  const socket = new FakeSocket({} as never);
  const remembered: string[] = [];
  const sleeps: number[] = [];
  const memory = new Map<string, string>();
  const store = {
    read: async () => new Map<string, string>(),
    readAll: async () => memory,
    write: async () => undefined,
    clear: async () => undefined,
  };
  const channel = new BaileysChannel({
    session: {
      openSocket: (): BaileysSocketLike | undefined => (open ? socket : undefined),
      remember: async (sent) => void remembered.push(sent?.key.id ?? ''),
      lids: new LidMap(store, 's'),
    },
    media: { get: async (id) => (id === 'chart12345' ? { data: Buffer.from('PNG'), contentType: 'image/png' } : null) },
    log: createLogger({ level: 'silent' }),
    ratePerMinute: 20,
    allowGroups: false,
    jitter: { minMs: 1000, spreadMs: 2000 },
    random: (max) => max - 1,
    sleep: async (ms) => void sleeps.push(ms),
  });
  return { channel, socket, remembered, sleeps };
}

describe('Baileys channel sending', () => {
  it('sends choices as numbered text, after a typing pause, and keeps the message for retries', async () => {
    const { channel, socket, remembered, sleeps } = setup();
    const receipt = await channel.send(JID, { text: 'Pilih bahasa:', choices: [{ id: 'id', label: 'Bahasa Indonesia' }, { id: 'su', label: 'Basa Sunda' }] });
    expect(socket.sent).toEqual([{ jid: JID, content: { text: 'Pilih bahasa:\n\n1. Bahasa Indonesia\n2. Basa Sunda' } }]);
    expect(receipt).toEqual({ platformId: '3EB0SENT1' });
    expect(remembered).toEqual(['3EB0SENT1']);
    expect(sleeps).toEqual([3000]);
    expect(socket.presence).toEqual(['composing']);
  });

  it('sends a chart as a PNG with the text as caption', async () => {
    const { channel, socket } = setup();
    await channel.send(JID, { text: 'Grafik Budi', image: '/media/chart12345.png', choices: [{ id: 'ok', label: 'Oke' }] });
    expect(socket.sent).toEqual([{ jid: JID, content: { image: Buffer.from('PNG'), caption: 'Grafik Budi\n\n1. Oke', mimetype: 'image/png' } }]);
  });

  it('sends the text alone when the chart is gone', async () => {
    const { channel, socket } = setup();
    await channel.send(JID, { text: 'Grafik Budi', image: '/media/gone000000.png' });
    expect(socket.sent[0]?.content).toEqual({ text: 'Grafik Budi' });
  });

  it('throws a retryable "channel down" error while the session is not connected', async () => {
    const { channel, socket } = setup(false);
    const error = await channel.send(JID, { text: 'Halo' }).catch((e: unknown) => e);
    expect(isAppError(error, 'CHANNEL_SEND_FAILED')).toBe(true);
    expect((error as { context: { reason: string } }).context.reason).toBe('channel-down');
    expect(socket.sent).toEqual([]);
  });

  it('paces the account through the send queue: one at a time, the configured rate a minute', () => {
    expect(setup().channel.limits).toEqual({ max: 20, durationMs: 60_000, concurrency: 1 });
  });
});
