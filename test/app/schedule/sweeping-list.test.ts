import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

// Tuesday 10 March 2026, 14:00 WIB: Posyandu Mawar's session (08.00-11.00) is over.
const clock = fixedClock(new Date('2026-03-10T07:00:00Z'));
const KADER = DEMO_PHONES.kader;

describe('the kader asks for the sweeping list (real MongoDB-wire + Redis)', () => {
  let bot: TestBot;

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    for (const text of ['halo', '1', 'ya']) await bot.send(KADER, text);
    for (const text of ['ukur', 'budi', 'BB 8,6 PB 72,5', 'selesai']) await bot.send(KADER, text);
    clock.set(new Date('2026-03-10T08:00:00Z'));
  });
  afterAll(() => bot.close());

  it('lists the children of their posyandu not weighed at today\'s session: Budi, weighed, is not on it', async () => {
    const [reply] = await bot.send(KADER, 'anak yang belum datang');
    expect(reply!.text).toMatch(/^Posyandu hari Selasa, 10 Maret: 3 anak belum ditimbang/);
    expect(reply!.text).toMatch(/Asep/);
    const [notWeighed, immunisation] = reply!.text.split('\n\nImunisasi terlambat');
    expect(notWeighed).not.toMatch(/Budi/);
    // Weighed, but PCV 3 is late by the records: the immunisation follow-up under the list names him.
    expect(immunisation).toMatch(/• Budi \(RW 03\): PCV 3/);
  });

  it('writes each listed child (not weighed, or in the immunisation follow-up) to the staff access log, without names', async () => {
    const entries = await bot.container.models.childAccess.find({ at: new Date('2026-03-10T08:00:00Z'), action: 'child.list' }).lean();
    expect(entries.map((e) => e.childId).sort()).toEqual(['ch-asep', 'ch-budi', 'ch-dewi', 'ch-sari']);
    expect(entries.every((e) => e.staffId === 'per-kader-ani' && e.role === 'kader' && e.via === 'chat')).toBe(true);
  });

  it('tells a parent the list is for kader, and logs nothing for them', async () => {
    const before = await bot.container.models.childAccess.countDocuments();
    expect((await bot.send(DEMO_PHONES.parent, 'anak yang belum datang')).map((r) => r.text)).toEqual([expect.stringContaining('hanya untuk kader')]);
    expect(await bot.container.models.childAccess.countDocuments()).toBe(before);
  });
});
