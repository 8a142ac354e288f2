import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { startTestBot, type Reply, type TestBot } from '../../helpers/services.js';
import { until } from '../../helpers/until.js';

const KADER = '+628111000002';
const PARENT = '+628111000001';
const PARENT_2 = '+628111000005';
const PARENT_SU = '+628111000006';
const MELATI_PARENT = '+628111000007';

const texts = (replies: Reply[]) => replies.map((r) => r.text);
const broadcastsTo = async (bot: TestBot, phone: string) => texts(await bot.history(phone)).filter((t) => t.startsWith('📢'));

describe('kader broadcast (SIARAN) end to end', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { BROADCAST_CHECK_MS: '100', BROADCAST_DAILY_LIMIT: '2' }, seed: (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z')) });
    for (const text of ['halo', '1', 'ya']) await bot.send(KADER, text);
  });
  afterAll(() => bot.close());

  it('reaches the families of the posyandu in their language, skips the opted-out, reports to the kader', async () => {
    await bot.container.models.contacts.updateOne({ _id: 'c-demo-parent-2' }, { $set: { optedOut: true } });
    await bot.send(KADER, 'siaran');
    await bot.send(KADER, 'Posyandu Mawar buka Selasa jam 08.00.');
    const preview = texts(await bot.send(KADER, 'semua'));
    expect(preview[0]).toContain('Penerima: Semua keluarga di posyandu, 2 orang.');
    expect(preview[1]).toBe('1 orang lagi tidak akan dikirimi, karena sudah berhenti berlangganan atau nomornya tidak bisa dihubungi.');
    expect(texts(await bot.send(KADER, 'ya'))[0]).toMatch(/^Siaran mulai dikirim/);

    expect(await until('the parent', async () => (await broadcastsTo(bot, PARENT))[0])).toBe('📢 Pesan dari kader Posyandu Mawar:\n\nPosyandu Mawar buka Selasa jam 08.00.');
    expect(await until('the Sundanese parent', async () => (await broadcastsTo(bot, PARENT_SU))[0])).toBe('📢 Pesen ti kader Posyandu Mawar:\n\nPosyandu Mawar buka Selasa jam 08.00.');
    const report = await until('the report', async () => texts(await bot.history(KADER)).find((t) => t.startsWith('Siaran Posyandu Mawar selesai')));
    expect(report).toBe(
      'Siaran Posyandu Mawar selesai. Penerima: 3.\n• Terkirim: 2\n• Gagal: 0\n• Masih menunggu dikirim: 0\n• Tidak dikirim karena berhenti berlangganan: 1\n• Tidak bisa dihubungi: 0',
    );
    expect(await broadcastsTo(bot, PARENT_2)).toEqual([]);
    expect(await broadcastsTo(bot, MELATI_PARENT)).toEqual([]);
    expect(await broadcastsTo(bot, KADER)).toEqual([]);
  });

  it('sends to one RW only, then the daily limit stops a third broadcast', async () => {
    await bot.send(KADER, 'siaran');
    await bot.send(KADER, 'Kerja bakti RW 03 hari Minggu.');
    const rws = await bot.send(KADER, '5');
    expect(rws[0]?.choices?.map((c) => c.label)).toEqual(['RW 01', 'RW 02', 'RW 03', 'RW 04']);
    expect(texts(await bot.send(KADER, '3'))[0]).toContain('Penerima: Keluarga di RW 03, 1 orang.');
    await bot.send(KADER, 'ya');
    expect(await until('the RW 03 parent', async () => (await broadcastsTo(bot, PARENT)).find((t) => t.includes('Kerja bakti')))).toBeDefined();
    await until('the second report', async () => (texts(await bot.history(KADER)).filter((t) => t.includes('selesai')).length === 2 ? true : undefined));
    expect((await broadcastsTo(bot, PARENT_SU)).some((t) => t.includes('Kerja bakti'))).toBe(false);

    expect(texts(await bot.send(KADER, 'SIARAN'))).toEqual(['Anda sudah mengirim 2 siaran hari ini, itu batas per hari. Silakan kirim lagi besok.']);
  });

  it('tells a kader with nothing running that there is nothing to cancel', async () => {
    expect(texts(await bot.send(KADER, 'BATAL SIARAN'))).toEqual(['Tidak ada siaran Anda yang sedang berjalan.']);
  });
});
