/**
 * Broadcast figures: how long until every recipient of a large broadcast waits in the send queue
 * (`start()` to the last batch handed over), and how close delivery keeps to a channel's configured
 * rate against a fake channel that only counts.
 */
import { BroadcastService } from '../../src/app/broadcast/broadcast-service.js';
import type { Channel } from '../../src/channels/channel.js';
import type { Env } from '../../src/config/env.js';
import { createContainer, type Container } from '../../src/main/container.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { deliveryRate } from './delivery-rate.js';
import type { BroadcastDeliveryResult, BroadcastEnqueueResult } from './report.js';

// 09:00 in Jakarta: outside quiet hours, whenever the bench runs.
const NOW = new Date('2026-03-09T02:00:00Z');
const KADER = 'c-kader';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A channel that sends nowhere and remembers when each message left. */
function countingChannel(name: string, perSecond: number): Channel & { sentAt: number[] } {
  const sentAt: number[] = [];
  return {
    name,
    sentAt,
    limits: { max: perSecond, durationMs: 1000, concurrency: 16 },
    parse: () => [],
    phoneOf: () => null,
    send: async () => {
      sentAt.push(Date.now());
      return {};
    },
  } as Channel & { sentAt: number[] };
}

async function seedAudience(container: Container, recipients: number, channel: string): Promise<void> {
  await seedDemo(container.models, NOW);
  // The demo families of Mawar move away so the audience is exactly the seeded recipients.
  await container.models.contacts.updateMany({ posyanduId: 'psy-mawar' }, { $set: { posyanduId: 'psy-melati' } });
  const base = { lang: 'id' as const, role: 'parent' as const, consentAt: NOW, consentVersion: 1, optedOut: false, timezone: 'Asia/Jakarta', posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', reminderKinds: null, createdAt: NOW, updatedAt: NOW };
  for (let from = 0; from < recipients; from += 5000) {
    const size = Math.min(5000, recipients - from);
    await container.models.contacts.insertMany(
      Array.from({ length: size }, (_, i) => ({ ...base, _id: `c-bulk-${String(from + i).padStart(6, '0')}`, phone: null, rw: '01', lastChannel: channel, lastAddress: `${channel}-${from + i}` })),
    );
  }
  await container.models.contacts.create({ ...base, _id: KADER, phone: '+628111000002', role: 'kader' as const, rw: null, lastChannel: 'simulator', lastAddress: '+628111000002' });
}

async function startBroadcast(container: Container): Promise<{ id: string; batches: number; startMs: number }> {
  const t0 = performance.now();
  const started = await new BroadcastService(container.deps).start(KADER, 'Posyandu buka Selasa jam 08.00.', { kind: 'all' }, NOW);
  if (started.kind !== 'started') throw new Error(`the bench broadcast did not start: ${started.kind}`);
  return { id: started.broadcast._id, batches: started.broadcast.batches, startMs: performance.now() - t0 };
}

/**
 * `recipients` contacts on a channel no send worker serves, so the hand-over is timed alone: from
 * `start()` until every batch is done (all messages recorded and in their chats' outboxes).
 */
export async function benchBroadcastEnqueue(env: Env, mongoUri: string, recipients: number): Promise<BroadcastEnqueueResult> {
  const container = await createContainer({ env, mongoUri, clock: fixedClock(NOW) });
  try {
    await seedAudience(container, recipients, 'bulk');
    container.startWorkers();
    const t0 = performance.now();
    const { id, batches, startMs } = await startBroadcast(container);
    while ((await container.models.batchProgress.countDocuments({ broadcastId: id, done: true })) < batches) await sleep(20);
    const allQueuedMs = performance.now() - t0;
    const queued = await container.models.outbound.countDocuments({ broadcastId: id });
    return { recipients, batchSize: env.BROADCAST_BATCH_SIZE, startMs, allQueuedMs, queued };
  } finally {
    await container.close();
  }
}

/**
 * `recipients` contacts on a counting channel limited to `perSecond`: the delivery rate is measured
 * from the first send to the last, and compared with the configured one.
 */
export async function benchBroadcastDelivery(env: Env, mongoUri: string, recipients: number, perSecond: number): Promise<BroadcastDeliveryResult> {
  const channel = countingChannel('bench', perSecond);
  const container = await createContainer({ env, mongoUri, clock: fixedClock(NOW), extraChannels: [channel] });
  try {
    await seedAudience(container, recipients, channel.name);
    container.startWorkers();
    await startBroadcast(container);
    const deadline = performance.now() + (recipients / perSecond) * 3000 + 30_000;
    while (channel.sentAt.length < recipients && performance.now() < deadline) await sleep(50);
    return { configured: perSecond, recipients, ...deliveryRate(channel.sentAt, 1000) };
  } finally {
    await container.close();
  }
}
