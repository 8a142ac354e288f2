import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

// Monday 9 March 2026, 09:00 WIB.
const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

describe('dose records as stored (real MongoDB-wire): provenance, corrections kept, erased with the child', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
  });
  afterAll(() => bot.close());

  // What was given is sealed at rest: the records are read, then picked.
  const pcv3 = async () => (await bot.container.deps.immunisations.ofChild('ch-budi')).filter((r) => r.item.kind === 'dose' && r.item.dose === 'pcv3').sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));

  it("stores a parent's report with who, role, day given and day recorded", async () => {
    await bot.send(DEMO_PHONES.parent, 'Budi sudah imunisasi PCV 3 tanggal 3 Maret');
    const [record] = await pcv3();
    expect(record).toMatchObject({ childId: 'ch-budi', item: { kind: 'dose', dose: 'pcv3' }, givenOn: '2026-03-03', source: 'parent', recordedBy: 'c-demo-parent', recordedAt: '2026-03-09T02:00:00.000Z', supersededBy: null, corrects: null });
  });

  it("a kader's record of another day corrects it: the parent's report is kept, superseded", async () => {
    clock.set(new Date('2026-03-10T02:00:00Z'));
    for (const text of ['halo', '1', 'ya', 'imunisasi Budi PCV 3']) await bot.send(DEMO_PHONES.kader, text);
    const [parent, kader] = await pcv3();
    expect(kader).toMatchObject({ givenOn: '2026-03-10', source: 'kader', corrects: parent!._id, supersededBy: null });
    expect(parent).toMatchObject({ source: 'parent', givenOn: '2026-03-03', supersededBy: kader!._id });
  });

  it("a parent's later report does not overwrite the kader's record", async () => {
    const replies = await bot.send(DEMO_PHONES.parent, 'Budi sudah imunisasi PCV 3 tanggal 1 Maret');
    expect(replies.map((r) => r.text).join('\n')).toMatch(/^Sudah tercatat sebelumnya: PCV 3/);
    expect(await pcv3()).toHaveLength(2);
  });

  it("a kader cannot record for a child of another posyandu", async () => {
    await bot.send(DEMO_PHONES.kader, 'selesai');
    await bot.send(DEMO_PHONES.kader, 'imunisasi Kevin BCG');
    expect(await bot.container.models.immunisations.countDocuments({ childId: 'ch-kevin' })).toBe(0);
  });

  it('the records go when the child is erased (the last caregiver withdraws)', async () => {
    await bot.container.deps.immunisations.insert({ _id: 'im-test-dewi', childId: 'ch-dewi', item: { kind: 'dose', dose: 'mr2' }, givenOn: '2026-03-10', source: 'kader', recordedBy: 'c-kader', recordedAt: '2026-03-10T02:00:00.000Z', supersededBy: null, corrects: null });
    await bot.container.deps.children.removeCaregiver('c-demo-parent');
    expect(await bot.container.models.immunisations.countDocuments({ childId: { $in: ['ch-budi', 'ch-sari'] } })).toBe(0);
    expect(await bot.container.models.immunisations.countDocuments({ childId: 'ch-dewi' })).toBe(1); // another family's child keeps hers
  });
});
