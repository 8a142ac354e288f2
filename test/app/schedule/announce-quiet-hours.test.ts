import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { QUEUES } from '../../../src/queues/names.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';
import { until } from '../../helpers/until.js';

// Monday 9 March 2026, 22:00 WIB: the kader cancels tomorrow's session late in the evening.
const clock = fixedClock(new Date('2026-03-09T15:00:00Z'));

describe('a schedule change made in quiet hours reaches the families when they end', () => {
  let bot: TestBot;
  let sends: Queue;
  const announcementTo = async (contactId: string) =>
    (await bot.container.deps.messages.outboundFor(contactId)).find((m) => m.text.startsWith('📢'));

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    sends = new Queue(QUEUES.send('simulator'), { connection: bot.container.redis.duplicate(), prefix: bot.container.env.QUEUE_PREFIX });
    for (const text of ['halo', '1', 'ya']) await bot.send(DEMO_PHONES.kader, text);
  });
  afterAll(async () => {
    await sends.close();
    await bot.close();
  });

  it('records the announcement at once and holds it until 06:00 WIB', async () => {
    for (const text of ['JADWAL', '2', 'Balai RW dipakai']) await bot.send(DEMO_PHONES.kader, text);
    const saved = await bot.send(DEMO_PHONES.kader, 'ya');
    expect(saved.map((r) => r.text)).toEqual(['Tersimpan, dan pengingat ikut disesuaikan. Karena sekarang jam tenang, kabarnya sampai ke 3 keluarga jam 06.00 WIB.']);

    const held = (await announcementTo('c-demo-parent'))!;
    expect(held.status).toBe('queued');
    const job = (await sends.getDelayed()).find((j) => (j.data as { outboundIds?: string[] }).outboundIds?.includes(held._id))!;
    expect(job.delay).toBe(8 * 3600_000); // 22:00 → 06:00
  });

  it('goes out when quiet hours end', async () => {
    clock.set(new Date('2026-03-09T23:00:00Z'));
    for (const job of await sends.getDelayed()) await job.promote();
    const sent = await until('the announcement', async () => {
      const message = await announcementTo('c-demo-parent');
      return message?.status === 'sent' ? message : undefined;
    });
    expect(sent.text).toContain('Balai RW dipakai');
  });
});
