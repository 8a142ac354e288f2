import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FollowUpService } from '../../../src/app/schedule/follow-up.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

// Tuesday 10 March 2026, 14:00 WIB: three hours after Mawar's session ended.
const clock = fixedClock(new Date('2026-03-10T07:00:00Z'));
const JOB = { posyanduId: 'psy-mawar', sessionId: 'psy-mawar@2026-03-10', start: '2026-03-10T08:00:00+07:00' };

describe('after the session: families of children not weighed, and the kader list by RW', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ clock, workers: false, seed: (c) => seedDemo(c.models, clock.now()) });
    const { deps } = bot.container;
    const kader = await deps.contacts.findOrCreate({ channel: 'simulator', address: DEMO_PHONES.kader, phone: DEMO_PHONES.kader }, { id: 'c-kader', lang: 'id', timezone: 'Asia/Jakarta' });
    await deps.contacts.update(kader._id, { role: 'kader', posyanduId: 'psy-mawar', consentAt: clock.now() });
    // Budi was weighed by the kader; Sari only has her parent's report of the day; Asep's family opted out.
    const measurement = (id: string, childId: string, source: 'kader' | 'parent') => ({
      _id: id, childId, posyanduId: 'psy-mawar', date: '2026-03-10', month: '2026-03', weightKg: 9, lengthCm: 75, measure: 'L' as const,
      headCm: null, armCm: null, oedema: false, source, recordedBy: 'x', result: {}, supersededBy: null, createdAt: clock.now(),
    });
    await deps.children.insertMeasurement(measurement('ms-budi', 'ch-budi', 'kader'));
    await deps.children.insertMeasurement(measurement('ms-sari', 'ch-sari', 'parent'));
    await deps.contacts.update('c-demo-parent-3', { optedOut: true });
  });
  afterAll(async () => bot.close());

  it('waits until morning when the job runs in quiet hours', async () => {
    clock.set(new Date('2026-03-10T15:00:00Z')); // 22:00 WIB
    expect(await new FollowUpService(bot.container.deps).run(JOB)).toEqual({ status: 'later', later: new Date('2026-03-10T23:00:00Z') });
    clock.set(new Date('2026-03-10T07:00:00Z'));
  });

  it('tells each family about their own children only, and gives the kader names by RW, once', async () => {
    const service = new FollowUpService(bot.container.deps);
    expect(await service.run(JOB)).toEqual({ status: 'done', missed: 3, families: 2, kader: 1 });
    const texts = async (phone: string) => (await bot.history(phone)).map((m) => m.text);
    expect(await texts(DEMO_PHONES.parent)).toEqual([
      'Kami belum melihat catatan timbang Sari di posyandu hari Selasa, 10 Maret. Tidak apa-apa! Ajak ke posyandu berikutnya hari Selasa, 14 April, atau hubungi kader supaya bisa ditimbang. Jangan lupa Buku KIA.',
    ]);
    expect(await texts('+628111000005')).toEqual([
      'Kami belum melihat catatan timbang Dewi di posyandu hari Selasa, 10 Maret. Tidak apa-apa! Ajak ke posyandu berikutnya hari Selasa, 14 April, atau hubungi kader supaya bisa ditimbang. Jangan lupa Buku KIA.',
    ]);
    expect(await texts('+628111000006')).toEqual([]);
    expect(await texts('+628111000007')).toEqual([]); // Melati: not this session
    expect(await texts(DEMO_PHONES.kader)).toEqual([
      'Posyandu hari Selasa, 10 Maret: 3 anak belum ditimbang. Mohon dikunjungi (sweeping):\n• RW 02: Dewi\n• RW 03: Sari\n• RW 04: Asep',
    ]);
    // The list pushed to the kader is a staff read of each child on it: logged once, as sent.
    const logged = await bot.container.deps.childAccess.list({ limit: 100 });
    expect(logged.map((e) => [e.staffId, e.role, e.action, e.childId, e.via, e.at.toISOString()]).sort()).toEqual(
      ['ch-asep', 'ch-dewi', 'ch-sari'].map((childId) => ['per-kader-ani', 'kader', 'child.follow_up_list', childId, 'notice', '2026-03-10T07:00:00.000Z']),
    );
    expect(await service.run(JOB)).toEqual({ status: 'done', missed: 3, families: 0, kader: 0 });
    expect(await bot.container.deps.childAccess.list({ limit: 100 })).toHaveLength(3);
  });

  it('sends nothing for a session that was cancelled after the job was queued', async () => {
    const { deps } = bot.container;
    const record = (await deps.schedules.get('psy-mawar'))!;
    await deps.schedules.set({ ...record, exceptions: [{ kind: 'cancelled', originalDate: '2026-03-10', note: 'Banjir' }] });
    expect(await new FollowUpService(deps).run(JOB)).toEqual({ status: 'stale' });
  });
});
