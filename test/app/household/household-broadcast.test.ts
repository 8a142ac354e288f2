import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type Reply, type TestBot } from '../../helpers/services.js';
import { until } from '../../helpers/until.js';

const KADER = DEMO_PHONES.kader;
const PARENT = DEMO_PHONES.parent;
const PARENT_2 = '+628111000005';
const PARENT_SU = '+628111000006'; // seeded with an elderly person at home
const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

const texts = (replies: Reply[]) => replies.map((r) => r.text);

describe('households say who is pregnant or elderly (LAYANAN); kader broadcasts reach them', () => {
  let bot: TestBot;
  const broadcastsTo = async (phone: string) => texts(await bot.history(phone)).filter((t) => t.startsWith('📢'));
  const contact = async (id: string) => (await bot.container.deps.contacts.get(id))!;

  beforeAll(async () => {
    bot = await startTestBot({ clock, env: { BROADCAST_CHECK_MS: '100' }, seed: (c) => seedDemo(c.models, clock.now()) });
    for (const text of ['halo', '1', 'ya']) await bot.send(KADER, text);
  });
  afterAll(() => bot.close());

  it('asks yes or no only, keeps no names, and says how long a pregnancy is kept', async () => {
    const intro = texts(await bot.send(PARENT, 'layanan'));
    expect(intro[0]).toMatch(/Kami hanya menyimpan jawaban YA atau TIDAK, tanpa nama\.\nSaat ini: tidak ada ibu hamil atau lansia\.$/);
    expect(intro[1]).toBe('Apakah saat ini ada yang sedang hamil di rumah Anda? (YA/TIDAK)');
    expect(texts(await bot.send(PARENT, 'ya'))).toEqual(['Apakah ada yang berusia 60 tahun ke atas (lansia) di rumah Anda? (YA/TIDAK)']);
    const saved = texts(await bot.send(PARENT, 'tidak'));
    expect(saved[0]).toMatch(/^Terima kasih, sudah disimpan: ada ibu hamil\. Info posyandu untuk ibu hamil kami kirim selama 10 bulan/);
    expect(await contact('c-demo-parent')).toMatchObject({ groups: ['pregnant'], pregnantUntil: new Date('2027-01-09T02:00:00Z') });

    await bot.send(PARENT_2, 'layanan');
    await bot.send(PARENT_2, 'entahlah'); // not understood: asked again, nothing saved
    await bot.send(PARENT_2, 'tidak');
    expect(texts(await bot.send(PARENT_2, 'tidak'))).toEqual(['Terima kasih, sudah disimpan: tidak ada ibu hamil atau lansia. Ketik LAYANAN kapan saja untuk mengubahnya.']);
    expect(await contact('c-demo-parent-2')).toMatchObject({ groups: [], pregnantUntil: null });
  });

  it('a broadcast to pregnant women reaches only the household that said so; one to the elderly only theirs', async () => {
    await bot.send(KADER, 'siaran');
    await bot.send(KADER, 'Kelas ibu hamil hari Sabtu jam 09.00 di Balai RW 03.');
    expect(texts(await bot.send(KADER, 'ibu hamil'))[0]).toContain('Penerima: Ibu hamil, 1 orang.');
    await bot.send(KADER, 'ya');
    expect(await until('the pregnant household', async () => (await broadcastsTo(PARENT)).find((t) => t.includes('Kelas ibu hamil')))).toBeDefined();
    await until('the report', async () => texts(await bot.history(KADER)).find((t) => t.startsWith('Siaran Posyandu Mawar selesai. Penerima: 1.')));
    expect(await broadcastsTo(PARENT_2)).toEqual([]);
    expect(await broadcastsTo(PARENT_SU)).toEqual([]);

    await bot.send(KADER, 'siaran');
    await bot.send(KADER, 'Senam lansia hari Minggu jam 06.30.');
    expect(texts(await bot.send(KADER, 'lansia'))[0]).toContain('Penerima: Lansia, 1 orang.');
    await bot.send(KADER, 'ya');
    expect(await until('the elderly household', async () => (await broadcastsTo(PARENT_SU)).find((t) => t.includes('Senam lansia')))).toBeDefined();
    await until('the second report', async () => (texts(await bot.history(KADER)).filter((t) => t.startsWith('Siaran Posyandu Mawar selesai')).length === 2 ? true : undefined));
    expect((await broadcastsTo(PARENT)).some((t) => t.includes('Senam lansia'))).toBe(false);
  });

  it('a lapsed pregnancy no longer counts, the kader is told how families join, and the daily job erases it', async () => {
    clock.set(new Date('2027-01-10T02:00:00Z'));
    await bot.send(KADER, 'siaran');
    await bot.send(KADER, 'Kelas ibu hamil bulan ini.');
    const nobody = texts(await bot.send(KADER, 'ibu hamil'));
    expect(nobody[0]).toBe(
      'Belum ada keluarga di posyandu Anda yang memberi tahu ada "Ibu hamil" di rumahnya. Keluarga bisa memberi tahu dengan mengetik LAYANAN; ajak mereka lewat siaran ke semua keluarga. Silakan pilih penerima lain.',
    );
    expect(nobody[1]).toBe('Siaran ini untuk siapa?');
    await bot.send(KADER, 'BATAL');

    expect(texts(await bot.send(PARENT, 'layanan'))[0]).toMatch(/Saat ini: tidak ada ibu hamil atau lansia\.$/);
    await bot.send(PARENT, 'BATAL');
    expect(await bot.container.deps.contacts.forgetLapsedPregnancies(clock.now())).toBe(1);
    expect(await contact('c-demo-parent')).toMatchObject({ groups: [], pregnantUntil: null });
    expect(await contact('c-demo-parent-3')).toMatchObject({ groups: ['elderly'] });
  });
});
