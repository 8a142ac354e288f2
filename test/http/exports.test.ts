import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessAnthropometry, classifyGrowth } from '../../src/domain/growth/index.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { fixedClock } from '../../src/shared/clock.js';
import type { TestBot } from '../helpers/services.js';
import { OTHER_KADER, startStaffBot, staffSessions } from '../helpers/staff-sessions.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}
const sheetRows = (book: ExcelJS.Workbook) => book.worksheets[0]!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));

describe('exports: measurements by name and the SKDN workbook', () => {
  let bot: TestBot;
  const sessions = staffSessions(() => bot);
  beforeAll(async () => {
    bot = await startStaffBot(clock, [DEMO_PHONES.kader, DEMO_PHONES.lurah, DEMO_PHONES.puskesmas, OTHER_KADER]);
  });
  afterAll(async () => bot?.close());

  const get = async (url: string, phone: string) => bot.app.inject({ method: 'GET', url, headers: { cookie: await sessions.cookie(phone) } });

  it('gives a kader the month\'s visits with WHO z-scores and Permenkes categories, in Indonesian, and logs the read', async () => {
    const res = await get('/api/exports/measurements.csv?month=2026-03', OTHER_KADER);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('pengukuran-2026-03.csv');
    expect(res.body.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = parse(res.body, { bom: true, relax_column_count: false }) as string[][];
    expect(header!.slice(0, 5)).toEqual(['ID anak', 'Nama anak', 'Jenis kelamin', 'Tanggal lahir', 'Nama orang tua']);
    expect(rows).toHaveLength(1);
    // The record id, never the short code that would let a reader of the file link the child to their own phone.
    expect(rows[0]![0]).toBe('ch-other');
    expect(res.body).not.toContain('OTHR25');
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    // The expected scores come from the domain's WHO scorer directly, not from the export's code path.
    const who = assessAnthropometry({ sex: 1, birthDate: '2025-02-01', visitDate: '2026-03-05', weightKg: 9.4, lenheiCm: 76.5, measure: 'L', headCm: 45, armCm: 14.2 });
    const categories = classifyGrowth(who);
    expect(row).toMatchObject({
      'Nama anak': 'Zaki',
      'Jenis kelamin': 'Laki-laki',
      'Posyandu': 'Posyandu Lain',
      'Desa/Kelurahan': 'Kelurahan Lain',
      'RW': '01',
      'Tanggal ukur': '2026-03-05',
      'Usia saat ukur (bulan)': '13',
      'BB (kg)': '9.4',
      'TB/PB (cm)': '76.5',
      'Cara ukur': 'Terlentang (PB)',
      'LiLA (cm)': '14.2',
      'Lingkar kepala (cm)': '45',
      'ZS BB/U': String(who.zRounded.waz),
      'ZS TB/U': String(who.zRounded.haz),
      'ZS BB/TB': String(who.zRounded.whz),
      'Naik berat badan (KMS)': 'N',
      'Dicatat oleh': 'Kader',
    });
    const words = { normal: ['Berat badan normal', 'Normal', 'Gizi baik (normal)'] } as const;
    expect(categories).toMatchObject({ waz: 'normal', haz: 'normal', whz: 'normal' });
    expect([row['BB/U'], row['TB/U'], row['BB/TB']]).toEqual(words.normal);
    const log = await bot.container.deps.childAccess.list({ childId: 'ch-other', limit: 10 });
    expect(log.filter((e) => e.action === 'child.export')).toMatchObject([{ staffId: 'per-kader-other', role: 'kader', childId: 'ch-other', via: 'api' }]);
  });

  it('writes the same rows as an XLSX workbook, numbers as numbers, headers in the language asked', async () => {
    const res = await get('/api/exports/measurements.xlsx?month=2026-03&lang=en', OTHER_KADER);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await workbook(res.rawPayload);
    expect(book.worksheets[0]!.name).toBe('Measurements 2026-03');
    const [header, row] = sheetRows(book);
    expect(header!.slice(0, 3)).toEqual(['Child id', 'Child name', 'Sex']);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect([cell('Child name'), cell('Sex'), cell('Weight (kg)'), cell('Position measured')]).toEqual(['Zaki', 'Boy', 9.4, 'Lying (length)']);
    expect(typeof cell('WAZ (weight-for-age z)')).toBe('number');
    const sundanese = await workbook((await get('/api/exports/measurements.xlsx?month=2026-03&lang=su', OTHER_KADER)).rawPayload);
    expect(sheetRows(sundanese)[0]![1]).toBe('Nami murangkalih');
  });

  it('lists a posyandu\'s visits of the month only to its kader and its puskesmas, and refuses the lurah', async () => {
    const { models } = bot.container;
    // The demo history ends last month. Visits at Mawar, and a parent's reports (no posyandu) of children registered there.
    const mawarChildren = (await models.children.find({ posyanduId: 'psy-mawar' }).lean()).map((c) => c._id);
    const march = await models.measurements.find({ $or: [{ posyanduId: 'psy-mawar' }, { posyanduId: null, childId: { $in: mawarChildren } }], month: '2026-02', supersededBy: null }).lean();
    expect(march.length).toBeGreaterThan(0);
    const kader = parse((await get('/api/exports/measurements.csv?month=2026-02', DEMO_PHONES.kader)).body, { bom: true }) as string[][];
    expect(kader.slice(1).map((r) => r[6])).toEqual(march.map(() => 'Mawar'));
    expect(kader.slice(1).map((r) => r[8]).sort()).toEqual(march.map((m) => m.date).sort());

    const puskesmas = parse((await get('/api/exports/measurements.csv?month=2026-02', DEMO_PHONES.puskesmas)).body, { bom: true }) as string[][];
    expect(new Set(puskesmas.slice(1).map((r) => r[6]))).toContain('Mawar');
    expect(puskesmas.flat()).not.toContain('Zaki');

    for (const url of ['/api/exports/measurements.csv?month=2026-03', '/api/exports/measurements.xlsx?month=2026-03']) {
      const lurah = await get(url, DEMO_PHONES.lurah);
      expect(lurah.statusCode).toBe(403);
      expect(lurah.body).not.toContain('Budi');
    }
    expect((await bot.app.inject({ method: 'GET', url: '/api/exports/measurements.csv?month=2026-03' })).statusCode).toBe(401);
    expect((await get('/api/exports/measurements.csv?month=maret', OTHER_KADER)).statusCode).toBe(400);
  });

  it('gives the SKDN table as a workbook with the figures of the JSON, to every role', async () => {
    for (const phone of [DEMO_PHONES.kader, DEMO_PHONES.lurah]) {
      const res = await get('/api/pws/skdn.xlsx?month=2026-03', phone);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain('pws-skdn-2026-03.xlsx');
      const view = (await get('/api/pws?month=2026-03', phone)).json();
      const [header, ...rows] = sheetRows(await workbook(res.rawPayload));
      expect(header!.slice(7, 11)).toEqual(['S (balita terdaftar)', 'K (punya KMS)', 'D (ditimbang)', 'N (berat naik)']);
      const posyanduRows = rows.filter((r) => r[1] === 'Posyandu');
      expect(posyanduRows.map((r) => r[2])).toEqual(view.posyandu.map((p: { posyanduId: string }) => p.posyanduId));
      for (const [i, p] of (view.posyandu as Array<Record<string, number>>).entries()) expect(posyanduRows[i]!.slice(7, 11)).toEqual([p.S, p.K, p.D, p.N]);
      expect(rows.at(-1)![1]).toBe('Jumlah');
      if (phone === DEMO_PHONES.lurah) for (const name of ['Budi', 'Sari', 'Dewi']) expect(JSON.stringify(rows)).not.toContain(name);
    }
  });
});
