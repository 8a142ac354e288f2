import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { RegistryRepository } from '../../../src/store/registry-repository.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const MELATI_KADER = '+628111000020';
const FORMER_KADER = '+628111000021';

async function onboard(bot: TestBot, phone: string): Promise<void> {
  for (const text of ['halo', '1', 'ya']) await bot.send(phone, text);
}

describe('JADWAL: only a kader of that posyandu changes its schedule; families hear in their language', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({
      seed: async (c) => {
        await seedDemo(c.models, new Date('2026-03-09T02:00:00Z'));
        const registry = new RegistryRepository(c.models);
        await registry.upsertPerson({ _id: 'per-kader-melati', phone: MELATI_KADER, role: 'kader', name: 'Bu Melati', posyanduIds: ['psy-melati'], kelurahanIds: ['kel-margahayu'], puskesmasIds: ['pkm-bekasi-jaya'], duties: [] });
        await registry.upsertPerson({ _id: 'per-kader-former', phone: FORMER_KADER, role: 'kader', name: 'Bu Lama', posyanduIds: ['psy-mawar'], kelurahanIds: ['kel-margahayu'], puskesmasIds: ['pkm-bekasi-jaya'], duties: [] });
      },
    });
    for (const phone of [DEMO_PHONES.kader, MELATI_KADER, FORMER_KADER]) await onboard(bot, phone);
  });
  afterAll(async () => bot.close());

  it('a parent typing JADWAL gets their menu, not the kader flow', async () => {
    const replies = await bot.send(DEMO_PHONES.parent, 'JADWAL');
    expect(replies.map((r) => r.text)).toEqual(['Menu utama. Pilih nomor:']);
  });

  it('a kader the registry no longer lists is refused', async () => {
    await bot.container.models.people.deleteOne({ _id: 'per-kader-former' });
    const replies = await bot.send(FORMER_KADER, 'JADWAL');
    expect(replies.map((r) => r.text)).toEqual([
      'Maaf, jadwal hanya bisa diubah oleh kader yang terdaftar di posyandu ini. Bila nomor Anda belum terdaftar, hubungi puskesmas.',
    ]);
  });

  it("the kader of Melati cancels Melati's session: only Melati's families hear, in English", async () => {
    await bot.send(MELATI_KADER, 'JADWAL');
    await bot.send(MELATI_KADER, '2');
    await bot.send(MELATI_KADER, 'Balai RW dipakai pemilu');
    const saved = await bot.send(MELATI_KADER, 'ya');
    expect(saved.map((r) => r.text)).toEqual(['Tersimpan. Kabar sudah dikirim ke 5 keluarga, dan pengingat ikut disesuaikan.']);
    // The 12th of April is a Sunday, so the next session is on Monday the 13th.
    expect((await bot.history('+628111000007')).map((m) => m.text).filter((t) => t.startsWith('📢'))).toEqual([
      '📢 News from Posyandu Melati:\nPosyandu on Thursday, 12 March is cancelled. Reason: Balai RW dipakai pemilu.\nThe posyandu planned for Sunday 12 April has moved to Monday 13 April, 08:00–11:00 WIB at Balai RW 06.',
    ]);
    expect(await bot.history(DEMO_PHONES.parent)).not.toContainEqual(expect.objectContaining({ text: expect.stringContaining('Melati') }));
    expect((await bot.container.deps.schedules.get('psy-mawar'))?.exceptions).toEqual([]);
  });

  // The 3rd Thursday of March is Nyepi, followed by Idul Fitri and cuti bersama: the session shifts to the 25th.
  it('the kader of Mawar sets a new monthly rule; each family is told once in id, su (not the one who opted out)', async () => {
    await bot.container.deps.contacts.update('c-demo-parent-2', { optedOut: true });
    for (const text of ['JADWAL', '3', '1', '3', '4', '08.00-11.00', 'ya']) await bot.send(DEMO_PHONES.kader, text);
    const saved = await bot.send(DEMO_PHONES.kader, 'ya');
    expect(saved.map((r) => r.text)).toEqual(['Tersimpan. Kabar sudah dikirim ke 2 keluarga, dan pengingat ikut disesuaikan.']);
    const news = async (phone: string) => (await bot.history(phone)).map((m) => m.text).filter((t) => t.startsWith('📢'));
    expect(await news(DEMO_PHONES.parent)).toEqual([
      '📢 Kabar dari Posyandu Mawar:\nMulai sekarang posyandu diadakan setiap hari Kamis minggu ke-3, jam 08.00–11.00 WIB di Balai RW 03.\nKarena libur Hari Suci Nyepi (Tahun Baru Saka 1948), posyandu dipindah ke hari Rabu, 25 Maret, jam 08.00–11.00 WIB di Balai RW 03.',
    ]);
    expect(await news('+628111000006')).toEqual([
      '📢 Wartos ti Posyandu Mawar:\nTi ayeuna posyandu dilaksanakeun unggal dinten Kemis minggu ka-3, tabuh 08.00–11.00 WIB di Balai RW 03.\nKusabab libur Hari Suci Nyepi (Tahun Baru Saka 1948), posyandu dipindahkeun ka dinten Rebo, 25 Maret, tabuh 08.00–11.00 WIB di Balai RW 03.',
    ]);
    expect(await news('+628111000005')).toEqual([]);
    expect((await bot.container.deps.schedules.get('psy-mawar'))?.schedule.rule).toEqual({ kind: 'nth_weekday', n: 3, weekday: 4 });
  });
});
