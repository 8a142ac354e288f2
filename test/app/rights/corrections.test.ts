import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctChild, correctMeasurement } from '../../../src/app/rights/corrections.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
const PARENT = DEMO_PHONES.parent;
const OTHER_PARENT = '+628111000005';

describe('KOREKSI on the real database: nothing is overwritten silently', () => {
  let bot: TestBot;
  const say = async (phone: string, ...texts: string[]) => {
    for (const text of texts) await bot.send(phone, text);
  };

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
  });
  afterAll(() => bot.close());

  it('a corrected name and birth date keep the old values in the child record; the audit log names the field only', async () => {
    await say(PARENT, 'koreksi', 'Budi', '1', 'Budiman');
    await say(PARENT, 'koreksi', 'Budiman', '2', '10-02-2025');
    const child = await bot.container.deps.children.get('ch-budi');
    expect(child).toMatchObject({ name: 'Budiman', birthDate: '2025-02-10' });
    expect(child!.corrections).toEqual([
      { id: expect.stringMatching(/^cc_/), at: clock.now(), by: 'c-demo-parent', field: 'name', from: 'Budi', to: 'Budiman' },
      { id: expect.stringMatching(/^cc_/), at: clock.now(), by: 'c-demo-parent', field: 'birthDate', from: '2025-01-15', to: '2025-02-10' },
    ]);
    const audit = await bot.container.models.audit.find({ action: 'child.correct' }).lean();
    expect(audit.map((a) => [a.actor, a.subject, a.data])).toEqual([
      ['c-demo-parent', 'ch-budi', { field: 'name' }],
      ['c-demo-parent', 'ch-budi', { field: 'birthDate' }],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Budi|2025-01-15/);
  });

  it('a corrected birth date assesses the stored measurements again for the right age; the measured values stay', async () => {
    const latest = (await bot.container.deps.children.measurements('ch-budi')).at(-1)!;
    const days = (Date.parse(latest.date) - Date.parse('2025-02-10')) / 86_400_000;
    expect(latest.result).toMatchObject({ ageDays: days });
    expect(latest.weightKg).toBe(8.3);
  });

  it('a corrected measurement supersedes the old one, which stays stored unchanged', async () => {
    const before = (await bot.container.deps.children.measurements('ch-budi')).at(-1)!;
    await say(PARENT, 'koreksi', 'Budiman', '4', '1', 'BB 9,1');
    const after = (await bot.container.deps.children.measurements('ch-budi')).at(-1)!;
    expect(after).toMatchObject({ date: before.date, weightKg: 9.1, lengthCm: before.lengthCm, corrects: before._id, source: 'parent', recordedBy: 'c-demo-parent', supersededBy: null });
    expect(after._id).not.toBe(before._id);
    const old = await bot.container.deps.children.measurement(before._id);
    expect(old).toEqual({ ...before, supersededBy: after._id });
    expect(await bot.container.models.audit.countDocuments({ action: 'measurement.correct', subject: 'ch-budi', 'data.measurement': before._id })).toBe(1);
  });

  it('a parent cannot correct a child they do not care for', async () => {
    const { deps } = bot.container;
    expect(await correctChild(deps, 'c-demo-parent-2', 'ch-budi', 'name', 'Hacked', '2026-03-09', clock.now())).toEqual({ status: 'denied' });
    const budi = (await deps.children.measurements('ch-budi')).at(-1)!;
    expect(await correctMeasurement(deps, 'c-demo-parent-2', budi._id, { weightKg: 20, accepted: [] }, clock.now())).toEqual({ status: 'denied' });
    expect((await deps.children.get('ch-budi'))!.name).toBe('Budiman');
    // Their own child, through the chat: one child, so the question is what to correct.
    await say(OTHER_PARENT, 'koreksi', '1', 'Dewi Sartika');
    expect((await deps.children.get('ch-dewi'))!.name).toBe('Dewi Sartika');
  });
});
