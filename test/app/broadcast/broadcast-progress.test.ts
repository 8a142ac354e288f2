/**
 * Progress, cancel and the report, driven step by step (no workers): batches run by hand, message
 * statuses set as a send worker would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BroadcastChecker } from '../../../src/app/broadcast/broadcast-check.js';
import { BroadcastService } from '../../../src/app/broadcast/broadcast-service.js';
import { BroadcastFanOut } from '../../../src/app/broadcast/fan-out.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const now = new Date('2026-03-09T02:00:00Z');
const KADER = '+628111000002';

describe('broadcast progress, cancel and report', () => {
  let bot: TestBot;
  const notices = async () => (await bot.history(KADER)).map((r) => r.text).filter((t) => t.startsWith('Siaran Posyandu'));

  beforeAll(async () => {
    bot = await startTestBot({ workers: false, env: { BROADCAST_BATCH_SIZE: '100' }, seed: (c) => seedDemo(c.models, now) });
    const base = { lang: 'id' as const, role: 'parent' as const, consentAt: now, consentVersion: 1, optedOut: false, timezone: 'Asia/Jakarta', posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '01', reminderKinds: null, createdAt: now, updatedAt: now };
    await bot.container.models.contacts.updateMany({ posyanduId: 'psy-mawar' }, { $set: { posyanduId: 'psy-melati' } });
    await bot.container.models.contacts.insertMany(Array.from({ length: 300 }, (_, i) => ({ ...base, _id: `c-p-${String(i).padStart(3, '0')}`, phone: null, lastChannel: 'simulator', lastAddress: `+62811900${String(i).padStart(4, '0')}` })));
    await bot.container.models.contacts.create({ ...base, _id: 'c-kader', phone: KADER, role: 'kader' as const, lastChannel: 'simulator', lastAddress: KADER });
    await bot.container.deps.contacts.moveAddress('simulator', KADER, 'c-kader');
  });
  afterAll(() => bot.close());

  it('tells the kader at a quarter, stops after BATAL, reports what was and was not sent', async () => {
    const deps = bot.container.deps;
    const started = await new BroadcastService(deps).start('c-kader', 'Vitamin A bulan ini.', { kind: 'all' }, deps.clock.now());
    if (started.kind !== 'started') throw new Error(started.kind);
    const id = started.broadcast._id;
    const fanOut = new BroadcastFanOut(deps);
    const checker = new BroadcastChecker(deps);
    const outbound = bot.container.models.outbound;

    expect(await fanOut.runBatch(id, 0)).toBe('done');
    expect(await fanOut.runBatch(id, 0)).toBe('done');
    expect(await outbound.countDocuments({ broadcastId: id })).toBe(100);
    const sent = await outbound.find({ broadcastId: id }).sort({ _id: 1 }).limit(80).lean();
    await outbound.updateMany({ _id: { $in: sent.map((m) => m._id) } }, { $set: { status: 'sent' } });

    await checker.check({ broadcastId: id, round: 0, reportedQuarter: 0 });
    await checker.check({ broadcastId: id, round: 0, reportedQuarter: 0 });
    expect(await notices()).toEqual(['Siaran Posyandu Mawar: terkirim 80 dari 300.']);

    expect(await new BroadcastService(deps).cancel('c-kader')).toMatchObject({ kind: 'cancelled' });
    expect(await fanOut.runBatch(id, 1)).toBe('stopped');
    expect(await outbound.countDocuments({ broadcastId: id })).toBe(100);
    await checker.check({ broadcastId: id, round: 1, reportedQuarter: 1 });
    expect(await notices(), 'no report while 20 messages still wait to be sent').toHaveLength(1);

    await outbound.updateMany({ broadcastId: id, status: 'queued' }, { $set: { status: 'failed' } });
    await checker.check({ broadcastId: id, round: 2, reportedQuarter: 1 });
    expect((await notices())[1]).toBe(
      'Siaran Posyandu Mawar dihentikan. Penerima: 300.\n• Terkirim: 80\n• Gagal: 20\n• Masih menunggu dikirim: 0\n• Tidak jadi dikirim: 200\n• Tidak dikirim karena berhenti berlangganan: 0\n• Tidak bisa dihubungi: 0',
    );
    expect(await bot.container.models.broadcasts.findById(id).lean()).toMatchObject({ status: 'cancelled' });
  });
});
