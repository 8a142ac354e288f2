import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_POLICY } from '../../../src/domain/schedule/index.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type Reply, type TestBot } from '../../helpers/services.js';
import { until } from '../../helpers/until.js';

const KADER = DEMO_PHONES.kader;
const PARENT = DEMO_PHONES.parent;
// Monday 9 March 2026, 22:30 WIB: Posyandu Mawar keeps quiet from 22:00 to 05:00.
const clock = fixedClock(new Date('2026-03-09T15:30:00Z'));
const texts = (replies: Reply[]) => replies.map((r) => r.text);

describe('a broadcast confirmed in quiet hours waits for the morning', () => {
  let bot: TestBot;
  const broadcastsTo = async (phone: string) => texts(await bot.history(phone)).filter((t) => t.startsWith('📢'));
  const delayed = async () => (await bot.container.broadcastQueue!.queue.getDelayed()).map((job) => ({ name: job.name, delay: job.delay }));

  beforeAll(async () => {
    bot = await startTestBot({ clock, env: { BROADCAST_CHECK_MS: '100' }, seed: (c) => seedDemo(c.models, clock.now()) });
    const schedules = bot.container.deps.schedules;
    const mawar = (await schedules.get('psy-mawar'))!;
    await schedules.set({ ...mawar, reminderPolicy: { ...DEFAULT_REMINDER_POLICY, quietHours: { start: '22:00', end: '05:00' } } });
    for (const text of ['halo', '1', 'ya']) await bot.send(KADER, text);
  });
  afterAll(() => bot.close());

  it('tells the kader when it will start (the posyandu\'s own quiet hours) and sends nothing at night', async () => {
    await bot.send(KADER, 'siaran');
    await bot.send(KADER, 'Besok posyandu buka jam 08.00.');
    await bot.send(KADER, 'semua');
    expect(texts(await bot.send(KADER, 'ya'))).toEqual([
      'Sekarang jam tenang (22.00–05.00), jadi siaran ke 3 orang mulai dikirim jam 05.00 WIB, supaya warga tidak terganggu malam-malam. Ketik BATAL SIARAN kalau mau membatalkannya.',
    ]);
    // The first batch is put back until 05:00 WIB (6.5 hours on the app clock), the checks likewise.
    const waiting = await until('the batch to wait', async () => (await delayed()).find((j) => j.name === 'batch'));
    expect(waiting.delay).toBeGreaterThan(6 * 3600_000);
    expect(waiting.delay).toBeLessThanOrEqual(6.5 * 3600_000);
    await until('a check after quiet hours', async () => (await delayed()).find((j) => j.name === 'check' && j.delay > 6 * 3600_000));
    expect(await broadcastsTo(PARENT)).toEqual([]);
  });

  it('goes out after quiet hours, and the kader gets the report', async () => {
    clock.set(new Date('2026-03-09T22:00:30Z')); // 05:00:30 WIB
    for (const job of await bot.container.broadcastQueue!.queue.getDelayed()) await job.promote();
    expect(await until('the parent', async () => (await broadcastsTo(PARENT))[0])).toBe('📢 Pesan dari kader Posyandu Mawar:\n\nBesok posyandu buka jam 08.00.');
    const report = await until('the report', async () => texts(await bot.history(KADER)).find((t) => t.startsWith('Siaran Posyandu Mawar selesai')));
    expect(report).toContain('• Terkirim: 3');
  });
});
