import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnCommit } from '../../../src/app/effects/turn-commit.js';
import { escalationHandlers } from '../../../src/app/escalation/escalation-effects.js';
import { growthHandlers } from '../../../src/app/growth/growth-effect-handlers.js';
import { askerOf } from '../../../src/app/contacts/asker.js';
import { GrowthService, type RecordMeasurementInput, type RecordOutcome } from '../../../src/app/growth/growth-service.js';
import { measurementRecorder } from '../../helpers/record-measurement.js';
import type { GrowthAssessment } from '../../../src/app/growth/assessment.js';
import type { ContainerDeps } from '../../../src/main/container.js';
import type { Measurement } from '../../../src/app/children/child-records.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const NOW = new Date('2026-03-09T02:00:00Z');
const PARENT = 'c-demo-parent';

describe('GrowthService (real MongoDB-wire store, demo world)', () => {
  let bot: TestBot;
  let deps: ContainerDeps;
  let service: GrowthService;
  let record: (input: RecordMeasurementInput) => Promise<RecordOutcome>;
  const heard: Array<{ childId: string; measurementId: string; assessment: GrowthAssessment }> = [];
  let kader = '';
  let officer = '';

  beforeAll(async () => {
    bot = await startTestBot({ seed: (c) => seedDemo(c.models, NOW), workers: false });
    deps = bot.container.deps;
    service = new GrowthService(deps);
    const growthEvents = { measurementRecorded: async (child: { _id: string }, m: Measurement, assessment: GrowthAssessment) => void heard.push({ childId: child._id, measurementId: m._id, assessment }) };
    record = measurementRecorder(deps, new TurnCommit(growthHandlers(deps, deps.engine.translate), escalationHandlers({ ...deps, growthEvents })));
    const staff = async (phone: string, role: 'kader' | 'puskesmas'): Promise<string> => {
      const contact = await deps.contacts.findOrCreate({ channel: 'simulator', address: phone, phone }, { id: `c-${role}`, lang: 'id', timezone: 'Asia/Jakarta' });
      await deps.contacts.update(contact._id, { role });
      return contact._id;
    };
    kader = await staff(DEMO_PHONES.kader, 'kader');
    officer = await staff(DEMO_PHONES.puskesmas, 'puskesmas');
  });
  afterAll(async () => bot.close());

  const input = (over: Partial<RecordMeasurementInput>): RecordMeasurementInput => ({
    childId: 'ch-budi',
    date: '2026-03-09',
    weightKg: 8.5,
    lengthCm: 72,
    measure: 'L',
    source: 'parent',
    recordedBy: PARENT,
    ...over,
  });

  it('denies a parent a child who is not theirs, a kader another posyandu, and a wrong source', async () => {
    expect(await record(input({ childId: 'ch-dewi' }))).toEqual({ status: 'denied' });
    expect(await record(input({ childId: 'ch-kevin', source: 'kader', recordedBy: kader }))).toEqual({ status: 'denied' });
    expect(await record(input({ source: 'kader' }))).toEqual({ status: 'denied' });
    expect(await service.history(await askerOf(deps, PARENT), 'ch-dewi')).toBeNull();
    expect(await service.childFor(await askerOf(deps, kader), 'ch-dewi')).not.toBeNull();
    expect(await service.childFor(await askerOf(deps, officer), 'ch-kevin')).not.toBeNull();
    expect(await service.childrenOfMyPosyandu(await askerOf(deps, PARENT))).toBeNull();
    expect((await service.childrenOfMyPosyandu(await askerOf(deps, kader)))?.map((c) => c.name)).toEqual(['Asep', 'Budi', 'Dewi', 'Sari']);
  });

  it('rejects dates before birth or in the future and empty values', async () => {
    expect(await record(input({ date: '2024-12-01' }))).toEqual({ status: 'invalid', reason: 'before_birth' });
    expect(await record(input({ date: '2026-03-10' }))).toEqual({ status: 'invalid', reason: 'in_future' });
    expect(await record(input({ weightKg: undefined, lengthCm: undefined }))).toEqual({ status: 'invalid', reason: 'no_values' });
  });

  it('asks to confirm a decimal slip and saves nothing until confirmed', async () => {
    const before = (await deps.children.measurements('ch-budi')).length;
    const outcome = await record(input({ weightKg: 85 }));
    expect(outcome.status).toBe('needs_confirmation');
    if (outcome.status === 'needs_confirmation') expect(outcome.issues[0]).toEqual({ code: 'weight_decimal_slip', entered: 85, suggested: 8.5 });
    expect(await deps.children.measurements('ch-budi')).toHaveLength(before);
    const onlyLength = await record(input({ weightKg: 85, confirmed: ['length'] }));
    expect(onlyLength.status).toBe('needs_confirmation');
  });

  it('reads the KMS status against stored monthly weighings and tells the growth events at the commit', async () => {
    const outcome = await record(input({}));
    expect(outcome.status).toBe('saved');
    if (outcome.status !== 'saved') return;
    // The demo history's last weighing (2026-02-09) is 8.3 kg: +200 g at 13 months meets the KBM.
    expect(outcome.assessment.kms).toEqual({ status: 'N', gainGrams: 200, kbmGrams: 200 });
    expect(outcome.assessment.categories.haz).toBe('stunted');
    expect(outcome.measurement.result.z).toEqual(outcome.assessment.z);
    expect(Object.values(outcome.assessment.z).every((z) => Math.round(z * 100) / 100 === z)).toBe(true);
    expect(outcome.measurement).toMatchObject({ source: 'parent', recordedBy: PARENT, month: '2026-03', measure: 'L', supersededBy: null });
    expect(heard.at(-1)).toMatchObject({ childId: 'ch-budi', measurementId: outcome.measurement._id });
  });

  it('lets a kader measurement supersede the parent report of the same day', async () => {
    const parentReport = (await deps.children.measurements('ch-budi')).find((m) => m.date === '2026-03-09' && m.source === 'parent')!;
    const outcome = await record(input({ source: 'kader', recordedBy: kader, weightKg: 8.4, lengthCm: 72.5 }));
    expect(outcome.status).toBe('saved');
    const inForce = await deps.children.measurements('ch-budi');
    const today = inForce.filter((m: Measurement) => m.date === '2026-03-09');
    expect(today.map((m) => m.source)).toEqual(['kader']);
    const stored = await bot.container.models.measurements.findById(parentReport._id).lean<Measurement>();
    expect(stored?.supersededBy).toBe(outcome.status === 'saved' ? outcome.measurement._id : 'x');
  });

  it('keeps a later parent report of a day the kader measured, born superseded', async () => {
    const outcome = await record(input({ weightKg: 8.6 }));
    expect(outcome.status).toBe('saved');
    if (outcome.status === 'saved') expect(outcome.measurement.supersededBy).not.toBeNull();
    expect((await deps.children.measurements('ch-budi')).filter((m) => m.date === '2026-03-09').map((m) => m.source)).toEqual(['kader']);
  });

  it('infers the position from age when none is given and flags oedema as severe', async () => {
    const outcome = await record(input({ childId: 'ch-sari', measure: undefined, weightKg: 11.5, lengthCm: 83.2, oedema: true, confirmed: true }));
    expect(outcome.status).toBe('saved');
    if (outcome.status !== 'saved') return;
    expect(outcome.assessment).toMatchObject({ measure: 'H', measureInferred: true, oedema: true });
    expect(outcome.assessment.categories.whz).toBe('severely_wasted');
    expect(outcome.assessment.z.waz).toBeUndefined();
  });
});
