import { describe, expect, it } from 'vitest';
import { deliverWithFallback, pickFallbackAddress } from '../../src/app/channel-fallback.js';
import { OutboundService } from '../../src/app/outbound.js';
import type { OpsEvent } from '../../src/app/ops/ops-metrics.js';
import type { OutboundRecord } from '../../src/app/messages/message-records.js';
import { fixedClock } from '../../src/shared/clock.js';
import { AppError } from '../../src/shared/errors.js';
import { createLogger } from '../../src/shared/logger.js';

const WA = { channel: 'whatsapp-baileys', address: '628111000001@s.whatsapp.net' };
const TG = { channel: 'telegram', address: '4242' };

describe('picking another channel when one is down', () => {
  it.each([
    ['the contact\'s Telegram address', [WA, TG], ['whatsapp-baileys', 'telegram'], TG],
    ['nothing when Telegram is not configured', [WA, TG], ['whatsapp-baileys'], null],
    ['nothing when the contact has no Telegram address', [WA], ['whatsapp-baileys', 'telegram'], null],
    ['never the channel that is down', [WA], ['whatsapp-baileys'], null],
  ])('gives %s', (_name, addresses, configured, expected) => {
    expect(pickFallbackAddress(addresses, 'whatsapp-baileys', configured)).toEqual(expected);
  });
});

describe('delivering with a fallback', () => {
  function world(options: { telegram: boolean; error: AppError }) {
    const records = new Map<string, OutboundRecord>();
    const queued: string[] = [];
    const sentBy: string[] = [];
    const original: OutboundRecord = {
      _id: 'out_1', contactId: 'c1', ...WA, kind: 'reminder', text: 'Besok posyandu', choices: null, image: null, inReplyTo: null,
      status: 'queued', error: null, createdAt: new Date('2026-03-09T02:00:00Z'), seq: 0, sentAt: null,
    };
    records.set(original._id, original);
    const channel = (name: string, fail?: AppError) => ({ name, limits: { max: 1, durationMs: 1 }, parse: () => [], phoneOf: () => null, send: async () => { if (fail) throw fail; sentBy.push(name); return {}; } });
    const list = [channel('whatsapp-baileys', options.error), ...(options.telegram ? [channel('telegram')] : [])];
    const events: OpsEvent[] = [];
    const deps = {
      metrics: { record: (event: OpsEvent) => void events.push(event), startTurn: () => () => undefined },
      clock: fixedClock(new Date('2026-03-09T02:00:00Z')),
      log: createLogger({ level: 'silent' }),
      logSecret: 'x'.repeat(16),
      channels: { get: (n: string) => list.find((c) => c.name === n), names: () => list.map((c) => c.name) },
      sends: { enqueue: async (_c: string, _chat: string, ids: readonly string[]) => void queued.push(...ids) },
      contacts: { addresses: async () => [WA, TG], get: async () => null, update: async () => undefined },
      messages: {
        getOutbound: async (id: string) => records.get(id) ?? null,
        recordOutbound: async (docs: OutboundRecord[]) => docs.forEach((d) => records.set(d._id, d)),
        markOutbound: async (id: string, status: OutboundRecord['status'], _at: Date, error?: string) => void records.set(id, { ...records.get(id)!, status, error: error ?? null }),
        startSending: async (id: string) => {
          const record = records.get(id);
          if (!record || record.status === 'sent' || record.status === 'dropped') return null;
          records.set(id, { ...record, status: 'sending' });
          return record;
        },
        markSent: async (id: string) => void records.set(id, { ...records.get(id)!, status: 'sent' }),
      },
    };
    const outbound = new OutboundService(deps as never);
    return { deps, outbound, records, queued, sentBy, events };
  }

  const down = new AppError('CHANNEL_SEND_FAILED', 'session down', { channel: 'whatsapp-baileys', reason: 'channel-down' });

  it('sends a copy by Telegram and marks the WhatsApp one failed', async () => {
    const { deps, outbound, records, queued, sentBy } = world({ telegram: true, error: down });
    await deliverWithFallback(deps as never, outbound, 'out_1');
    expect(records.get('out_1')).toMatchObject({ status: 'failed', error: 'whatsapp-baileys down; sent by telegram' });
    expect(queued).toHaveLength(1);
    expect(records.get(queued[0]!)).toMatchObject({ channel: 'telegram', address: '4242', text: 'Besok posyandu', kind: 'reminder', status: 'queued' });
    await outbound.deliver(queued[0]!);
    expect(sentBy).toEqual(['telegram']);
  });

  it('leaves the message waiting when Telegram is not configured', async () => {
    const { deps, outbound, queued } = world({ telegram: false, error: down });
    await expect(deliverWithFallback(deps as never, outbound, 'out_1')).rejects.toBe(down);
    expect(queued).toEqual([]);
  });

  it('does not reroute other failures (they retry on their own channel)', async () => {
    const other = new AppError('CHANNEL_SEND_FAILED', 'did not take it', { channel: 'whatsapp-baileys', reason: 'send-error' });
    const { deps, outbound, queued } = world({ telegram: true, error: other });
    await expect(deliverWithFallback(deps as never, outbound, 'out_1')).rejects.toBe(other);
    expect(queued).toEqual([]);
  });

  it('counts a send the platform refused for good, and a send it took, for /metrics', async () => {
    const refused = new AppError('CHANNEL_PERMANENT_FAILURE', 'blocked by the user', { channel: 'whatsapp-baileys', scope: 'address' });
    const { outbound, events, queued } = world({ telegram: true, error: refused });
    await expect(outbound.deliver('out_1')).rejects.toBe(refused);
    expect(events).toEqual([{ kind: 'refused', channel: 'whatsapp-baileys' }]);
    const downWorld = world({ telegram: true, error: down });
    await deliverWithFallback(downWorld.deps as never, downWorld.outbound, 'out_1');
    await downWorld.outbound.deliver(downWorld.queued[0]!);
    // A channel that is down is not a refusal; the copy Telegram took is a message out.
    expect(downWorld.events).toEqual([{ kind: 'out', channel: 'telegram' }]);
    expect(queued).toEqual([]);
  });
});
