import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnCommit } from '../../../src/app/effects/turn-commit.js';
import { growthHandlers } from '../../../src/app/growth/growth-effect-handlers.js';
import { askerOf } from '../../../src/app/contacts/asker.js';
import { GrowthService, type RecordMeasurementInput, type RecordOutcome } from '../../../src/app/growth/growth-service.js';
import { measurementRecorder } from '../../helpers/record-measurement.js';
import type { GrowthAssessment } from '../../../src/app/growth/assessment.js';
import type { ContainerDeps } from '../../../src/main/container.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const NOW = new Date('2026-03-09T02:00:00Z');
const PARENT = 'c-demo-parent';
const DAY = '2026-03-05';

describe('two reports on the same day (real MongoDB-wire store, demo world)', () => {
  let bot: TestBot;
  let deps: ContainerDeps;
  let record: (input: RecordMeasurementInput) => Promise<RecordOutcome>;

  beforeAll(async () => {
    bot = await startTestBot({ seed: (c) => seedDemo(c.models, NOW), workers: false });
    deps = bot.container.deps;
    record = measurementRecorder(deps, new TurnCommit(growthHandlers(deps, deps.engine.translate)));
  });
  afterAll(async () => bot.close());

  const report = (over: Partial<RecordMeasurementInput>): RecordMeasurementInput => ({ childId: 'ch-budi', date: DAY, source: 'parent', recordedBy: PARENT, ...over });
  const ofDay = async () => (await deps.children.measurements('ch-budi')).filter((m) => m.date === DAY);

  it('merges the weight, then the length of one day into one measurement, assessed with both', async () => {
    const weight = await record(report({ weightKg: 9.2 }));
    expect(weight.status).toBe('saved');
    const length = await record(report({ lengthCm: 74, measure: 'L' }));
    expect(length.status).toBe('saved');
    if (length.status !== 'saved' || weight.status !== 'saved') return;

    const inForce = await ofDay();
    expect(inForce).toHaveLength(1);
    expect(inForce[0]).toMatchObject({ _id: length.measurement._id, weightKg: 9.2, lengthCm: 74, measure: 'L', supersededBy: null });
    // Weight-for-length and the KMS reading need both values: they are there.
    const assessment = inForce[0]!.result as unknown as GrowthAssessment;
    expect(assessment.z.whz).toBeTypeOf('number');
    expect(assessment.z.waz).toBeTypeOf('number');
    expect(assessment.kms?.status).toBe('N');
    // The history a parent reads and the charts draw from: one visit that day, with both values.
    const history = await new GrowthService(deps).history(await askerOf(deps, PARENT), 'ch-budi');
    expect(history?.measurements.filter((m) => m.date === DAY).map((m) => [m.weightKg, m.lengthCm])).toEqual([[9.2, 74]]);
    // The weight-only report stays on file, superseded by the merged one.
    const first = await bot.container.models.measurements.findById(weight.measurement._id).lean();
    expect(first).toMatchObject({ weightKg: 9.2, lengthCm: null, supersededBy: length.measurement._id });
    expect(length.changes).toEqual([]);
  });

  it('a value given again with another number is updated and told; the old value stays superseded; the others are kept', async () => {
    const before = (await ofDay())[0]!;
    const again = await record(report({ weightKg: 9.4, headCm: 45 }));
    expect(again.status).toBe('saved');
    if (again.status !== 'saved') return;
    const inForce = await ofDay();
    expect(inForce).toHaveLength(1);
    expect(inForce[0]).toMatchObject({ weightKg: 9.4, lengthCm: 74, measure: 'L', headCm: 45, recordedBy: PARENT });
    expect(again.changes).toEqual([{ field: 'weight', from: 9.2, to: 9.4 }]);
    const old = await bot.container.models.measurements.findById(before._id).lean();
    expect(old).toMatchObject({ weightKg: 9.2, lengthCm: 74, supersededBy: again.measurement._id });
  });

  it('the same value given again is no change', async () => {
    const same = await record(report({ lengthCm: 74, measure: 'L' }));
    expect(same.status === 'saved' && same.changes).toEqual([]);
    expect(await ofDay()).toMatchObject([{ weightKg: 9.4, lengthCm: 74, headCm: 45 }]);
  });
});
