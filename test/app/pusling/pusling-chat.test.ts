import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PuslingNotifier } from '../../../src/app/pusling/pusling-notifier.js';
import { staffActor } from '../../../src/app/pusling/pusling-actor.js';
import { PuslingService } from '../../../src/app/pusling/pusling-service.js';
import { puslingReminderJobId } from '../../../src/queues/pusling-queue.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { demoPeople } from '../../../src/main/demo-data.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';
import { readTranscript } from '../../helpers/transcript.js';

const PARENT_RW03 = '+628111000001';
const PARENT_RW04_SU = '+628111000006';
const KADER = '+628111000002';
const LURAH = '+628111000003';
const COORDINATOR = '+628111000004';

async function eventually(bot: TestBot, phone: string, wanted: (texts: string[]) => boolean): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const texts = (await bot.history(phone)).map((m) => m.text);
    if (wanted(texts)) return texts;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (await bot.history(phone)).map((m) => m.text);
}

describe('Pusling from the kader to a visit announced to the RW', () => {
  let bot: TestBot;
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    const transcript = readTranscript(join(import.meta.dirname, '../../transcripts/pusling-request-to-visit.yaml'));
    for (const turn of transcript.turns) await bot.send(turn.from, turn.send ?? '');
  });
  afterAll(async () => bot?.close());

  it('tells the coordinator about the new request and how to triage it', async () => {
    const texts = await eventually(bot, COORDINATOR, (t) => t.some((x) => x.startsWith('Permintaan Pusling baru')));
    const notice = texts.find((x) => x.startsWith('Permintaan Pusling baru'))!;
    expect(notice).toContain('RW 03 Kelurahan Margahayu, dari kader');
    expect(notice).toContain('Selasa, 14 April 2026; Kamis, 16 April 2026');
    expect(notice).toContain('ANTRIAN PUSLING');
  });

  it('tells the lurah each state, without any child name', async () => {
    const texts = await eventually(bot, LURAH, (t) => t.some((x) => x.startsWith('Pusling ke RW 03')));
    expect(texts).toContain('Permintaan Pusling untuk RW 03 sudah diterima. Puskesmas akan memberi kabar jadwalnya.');
    expect(texts).toContain('Pusling ke RW 03: Selasa, 14 April 2026 pukul 08.00–11.00 di Balai RW 03.');
    expect(texts.join('\n')).not.toMatch(/Budi|Sari/);
  });

  it('announces the visit to the families of RW 03 only, and gives the kader the flagged children', async () => {
    const parent = await eventually(bot, PARENT_RW03, (t) => t.some((x) => x.startsWith('Puskesmas Keliling datang')));
    expect(parent).toContain('Puskesmas Keliling datang ke RW 03 pada Selasa, 14 April 2026 pukul 08.00–11.00 di Balai RW 03. Ada pemeriksaan balita, ibu hamil dan lansia. Bawa Buku KIA.');
    expect((await bot.history(PARENT_RW04_SU)).map((m) => m.text).join('\n')).not.toContain('Pusling');
    const kader = await eventually(bot, KADER, (t) => t.some((x) => x.includes('Anak yang sebaiknya')));
    const list = kader.find((x) => x.includes('Anak yang sebaiknya'))!;
    expect(list).toContain('• Budi: berat tidak naik (T)');
    expect(list).toContain('• Sari: pendek (stunting)');
    // Names pushed to the kader are a staff read of those children, in the access log the puskesmas reads.
    const logged = await bot.container.deps.childAccess.list({ limit: 500 });
    expect(logged.filter((e) => e.action === 'pusling.flagged_list').map((e) => [e.staffId, e.role, e.childId, e.via]).sort()).toEqual([
      ['per-kader-ani', 'kader', 'ch-budi', 'notice'],
      ['per-kader-ani', 'kader', 'ch-sari', 'notice'],
    ]);
    // The kader asked in the chat: the "received" notice is not sent to them a second time.
    expect(kader.filter((x) => x.startsWith('Permintaan Pusling untuk RW 03 sudah diterima'))).toEqual([]);
  });

  it('shows STATUS PUSLING to the parents of RW 03 once scheduled, not to those of another RW', async () => {
    const [mine] = await bot.send(PARENT_RW03, 'status pusling');
    expect(mine?.text).toContain('Status: Pusling ke RW 03: Selasa, 14 April 2026 pukul 08.00–11.00 di Balai RW 03.');
    const [other] = await bot.send(PARENT_RW04_SU, 'status pusling');
    expect(other?.text).toBe('Teu acan aya pamundut atanapi jadwal Pusling kanggo wewengkon Anjeun.');
  });

  it('plans the evening-before and morning-of reminders as delayed jobs; a postponed visit sends none', async () => {
    const [record] = await bot.container.deps.pusling.ofPuskesmas('pkm-bekasi-jaya');
    const queue = bot.container.puslingQueue!.queue;
    const evening = { requestId: record!._id, stamp: '20260414T0800', kind: 'evening_before' as const };
    const job = await queue.getJob(puslingReminderJobId(evening));
    expect(job?.delay).toBe(new Date('2026-04-13T11:30:00Z').getTime() - clock.now().getTime());
    expect(await queue.getJob(puslingReminderJobId({ ...evening, kind: 'morning_of' }))).toBeDefined();

    const notifier = new PuslingNotifier(bot.container.deps);
    await notifier.reminder(evening);
    const before = await eventually(bot, PARENT_RW03, (t) => t.some((x) => x.startsWith('Pengingat: besok')));
    expect(before).toContain('Pengingat: besok, Selasa, 14 April 2026 pukul 08.00–11.00, Puskesmas Keliling datang ke RW 03 di Balai RW 03. Bawa Buku KIA.');

    const coordinator = staffActor(demoPeople.find((p) => p.phone === COORDINATOR)!);
    const postponed = await new PuslingService(bot.container.deps).decide(coordinator, record!._id, { action: 'postpone', until: '2026-05-04' });
    expect(postponed.ok).toBe(true);
    expect(await queue.getJob(puslingReminderJobId({ ...evening, kind: 'morning_of' }))).toBeUndefined();
    await notifier.reminder({ ...evening, kind: 'morning_of' });
    const after = await eventually(bot, PARENT_RW03, (t) => t.some((x) => x.includes('ditunda')));
    expect(after).toContain('Kunjungan Puskesmas Keliling ke RW 03 ditunda. Kami kabari lagi jadwal barunya.');
    expect(after.filter((x) => x.startsWith('Hari ini'))).toEqual([]);
    expect(postponed.ok && postponed.record.request.history.map((h) => [h.action, h.by.id])).toEqual([
      ['request', 'per-kader-ani'],
      ['schedule', 'per-tpg-rina'],
      ['postpone', 'per-tpg-rina'],
    ]);
  });
});
