import { describe, expect, it } from 'vitest';
import { doseOfSeries, boosterOf, seriesOf } from '../../../src/domain/immunisation/series.js';
import { inForce, planDoses, receivedDoses, type DoseRecord, type DoseReport } from '../../../src/domain/immunisation/dose-record.js';
import { capsuleForAge, vitaminADue } from '../../../src/domain/immunisation/vitamin-a-due.js';
import { dosesFor } from '../../../src/domain/immunisation/doses.js';

const record = (over: Partial<DoseRecord>): DoseRecord => ({
  _id: 'im_1', childId: 'ch-budi', item: { kind: 'dose', dose: 'bcg' }, givenOn: '2026-03-03', source: 'parent',
  recordedBy: 'c-parent', recordedAt: '2026-03-09T02:00:00.000Z', supersededBy: null, corrects: null, ...over,
});
const report = (over: Partial<DoseReport>): DoseReport => ({
  items: [{ kind: 'dose', dose: 'bcg' }], givenOn: '2026-03-03', source: 'parent', recordedBy: 'c-parent', recordedAt: '2026-03-10T02:00:00.000Z', ...over,
});
const ids = (i: number) => `im_new${i}`;

describe('planDoses', () => {
  it('a first report becomes one record per dose, with who, role, date given and date recorded', () => {
    const plan = planDoses([], report({ items: [{ kind: 'dose', dose: 'bcg' }, { kind: 'dose', dose: 'polio1' }] }), ids, 'ch-budi');
    expect(plan.add).toEqual([
      record({ _id: 'im_new0', recordedAt: '2026-03-10T02:00:00.000Z' }),
      record({ _id: 'im_new1', item: { kind: 'dose', dose: 'polio1' }, recordedAt: '2026-03-10T02:00:00.000Z' }),
    ]);
    expect(plan.supersede).toEqual([]);
  });

  it('the same dose on the same day again changes nothing', () => {
    const plan = planDoses([record({})], report({}), ids, 'ch-budi');
    expect(plan).toEqual({ add: [], supersede: [], unchanged: [{ kind: 'dose', dose: 'bcg' }] });
  });

  it('another day corrects the record: a new one that names the old, which is kept and superseded', () => {
    const plan = planDoses([record({})], report({ givenOn: '2026-03-05' }), ids, 'ch-budi');
    expect(plan.add).toHaveLength(1);
    expect(plan.add[0]).toMatchObject({ givenOn: '2026-03-05', corrects: 'im_1' });
    expect(plan.supersede).toEqual([['im_1', 'im_new0']]);
  });

  it("a kader's record corrects a parent's report, but a parent's report does not overwrite a kader's record", () => {
    expect(planDoses([record({})], report({ source: 'kader', givenOn: '2026-03-10' }), ids, 'ch-budi').supersede).toEqual([['im_1', 'im_new0']]);
    const byKader = record({ source: 'kader', recordedBy: 'c-kader' });
    expect(planDoses([byKader], report({ givenOn: '2026-03-01' }), ids, 'ch-budi')).toEqual({ add: [], supersede: [], unchanged: [{ kind: 'dose', dose: 'bcg' }] });
  });

  it('vitamin A is one record per round (February or August), corrected within the round', () => {
    const feb = record({ item: { kind: 'vitamin_a', capsule: 'red' }, givenOn: '2026-02-10', source: 'kader' });
    expect(planDoses([feb], report({ items: [{ kind: 'vitamin_a', capsule: 'red' }], givenOn: '2026-08-11', source: 'kader' }), ids, 'ch-budi').supersede).toEqual([]);
    expect(planDoses([feb], report({ items: [{ kind: 'vitamin_a', capsule: 'blue' }], givenOn: '2026-02-10', source: 'kader' }), ids, 'ch-budi').supersede).toEqual([['im_1', 'im_new0']]);
  });
});

describe('records in force', () => {
  it('superseded records are history: kept, but not received', () => {
    const old = record({ _id: 'im_1', item: { kind: 'dose', dose: 'polio1' }, supersededBy: 'im_2' });
    const now = record({ _id: 'im_2', item: { kind: 'dose', dose: 'bcg' } });
    expect(inForce([old, now]).map((r) => r._id)).toEqual(['im_2']);
    expect(receivedDoses([old, now])).toEqual(new Set(['bcg']));
  });

  it('received doses make the schedule done, the rest stay due or late', () => {
    const states = dosesFor('2026-01-10', '2026-03-12', receivedDoses([record({ item: { kind: 'dose', dose: 'hb0' } }), record({ item: { kind: 'dose', dose: 'bcg' } })]));
    const status = Object.fromEntries(states.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({ hb0: 'done', bcg: 'done', polio1: 'late', pcv1: 'due', mr1: 'upcoming' });
  });
});

describe('series', () => {
  it.each([
    ['polio', undefined, [], 'polio1'],
    ['polio', undefined, ['polio1'], 'polio2'],
    ['polio', 3, [], 'polio3'],
    ['dpt_hb_hib', undefined, ['dpt_hb_hib1', 'dpt_hb_hib2', 'dpt_hb_hib3', 'dpt_hb_hib4'], null],
    ['rota', 4, [], null],
    ['hb0', undefined, [], 'hb0'],
    ['bcg', undefined, [], 'bcg'],
  ] as const)('%s %s after %j is %s', (series, number, received, expected) => {
    expect(doseOfSeries(series, number, new Set(received))).toBe(expected);
  });

  it('boosters are the last of a series; series drop the dose number', () => {
    expect([boosterOf('dpt_hb_hib'), boosterOf('mr'), boosterOf('pcv')]).toEqual(['dpt_hb_hib4', 'mr2', 'pcv3']);
    expect([seriesOf('polio4'), seriesOf('hb0'), seriesOf('ipv2')]).toEqual(['polio', 'hb0', 'ipv']);
  });
});

describe('vitamin A due', () => {
  it('capsule by age whatever the month', () => {
    expect([capsuleForAge('2025-08-01', '2026-03-01'), capsuleForAge('2025-01-15', '2026-03-09'), capsuleForAge('2026-01-01', '2026-03-09'), capsuleForAge('2020-01-01', '2026-03-09')]).toEqual(['blue', 'red', null, null]);
  });

  it("in February a child of age needs this round's capsule until it is recorded", () => {
    expect(vitaminADue('2025-06-01', '2026-02-10', [])).toBe('blue');
    const given = record({ item: { kind: 'vitamin_a', capsule: 'blue' }, givenOn: '2026-02-03', source: 'kader' });
    expect(vitaminADue('2025-06-01', '2026-02-10', [given])).toBeNull();
    expect(vitaminADue('2025-06-01', '2026-08-10', [given])).toBe('red'); // 14 months by August: the next round, the red capsule
    expect(vitaminADue('2025-06-01', '2026-03-10', [])).toBeNull();
  });
});
