import { describe, expect, it } from 'vitest';
import { ilpTable, vitaminARound, type IlpChild, type IlpScreening, type MonthKey } from '../../../src/domain/pws/index.js';
import { ROUTINE_SCHEDULE, type DoseRecord, type GivenItem } from '../../../src/domain/immunisation/index.js';

const MARCH = '2026-03' as MonthKey;
let seq = 0;
const record = (childId: string, item: GivenItem, givenOn: string, supersededBy: string | null = null): DoseRecord => ({
  _id: `im_${String(++seq)}`, childId, item, givenOn, source: 'kader', recordedBy: 'c_k', recordedAt: `${givenOn}T03:00:00Z`, supersededBy, corrects: null,
});
/** Every routine dose up to `months` of age, given on one day. */
const dosesUpTo = (childId: string, months: number, givenOn: string) => ROUTINE_SCHEDULE.filter((d) => d.ageMonths <= months).map((d) => record(childId, { kind: 'dose', dose: d.id }, givenOn));

const CHILDREN: IlpChild[] = [
  // c1: 6 months at March's end, every dose up to 4 months given: full for age; 5 months at February's end: no capsule this round.
  { posyanduId: 'p1', kelurahanId: 'k1', rw: '01', birthDate: '2025-09-10', records: dosesUpTo('c1', 4, '2026-01-15') },
  // c2: 12 months; MR1 and IPV2 (9 months) late (MR1 given in April: after the month, not counted); PCV3 only due.
  // 11 months at February's end: blue capsule, given in February.
  {
    posyanduId: 'p1', kelurahanId: 'k1', rw: '01', birthDate: '2025-03-05',
    records: [...dosesUpTo('c2', 4, '2025-07-10'), record('c2', { kind: 'dose', dose: 'mr1' }, '2026-04-02'), record('c2', { kind: 'vitamin_a', capsule: 'blue' }, '2026-02-10')],
  },
  // c3: 26 months, nothing recorded: all 20 doses late; red capsule due, its record superseded (a correction elsewhere): not given.
  { posyanduId: 'p2', kelurahanId: 'k1', rw: null, birthDate: '2024-01-20', records: [record('c3', { kind: 'vitamin_a', capsule: 'red' }, '2026-02-11', 'im_x')] },
  // c4: at a posyandu outside the reader's area.
  { posyanduId: 'p9', kelurahanId: 'k1', rw: '01', birthDate: '2024-01-20', records: [] },
];

const screening = (posyanduId: string, rw: string | null, date: string, findings: IlpScreening['findings'], outcome: IlpScreening['outcome'], followUpOpen: boolean): IlpScreening => ({ posyanduId, kelurahanId: 'k1', rw, date, findings, outcome, followUpOpen });
const SCREENINGS: IlpScreening[] = [
  screening('p1', '01', '2026-03-07', ['hypertension', 'bmi_obese'], 'refer', true),
  screening('p1', null, '2026-03-07', ['sugar_high', 'central_obesity'], 'refer', false),
  // February's, still open: open in March, not screened in March.
  screening('p2', '02', '2026-02-10', ['bp_crisis'], 'refer', true),
  // April's: nothing in March.
  screening('p1', '01', '2026-04-02', ['hypertension'], 'refer', true),
  screening('p1', '01', '2026-03-20', ['prehypertension', 'bmi_overweight'], 'advice', false),
];

const table = ilpTable({ month: MARCH, posyanduIds: ['p1', 'p2'], rws: [{ kelurahanId: 'k1', rw: '01' }, { kelurahanId: 'k1', rw: '02' }], screenings: SCREENINGS, children: CHILDREN });

describe('ILP figures of a month', () => {
  it('counts screenings per posyandu: in the month, with follow-ups open by its end', () => {
    expect(table.posyandu.map((r) => [r.posyanduId, r.screening])).toEqual([
      ['p1', { screened: 3, hypertension: 1, highSugar: 1, obesity: 1, referred: 2, followUpsOpen: 1 }],
      ['p2', { screened: 0, hypertension: 0, highSugar: 0, obesity: 0, referred: 0, followUpsOpen: 1 }],
    ]);
    expect(table.total.screening).toEqual({ screened: 3, hypertension: 1, highSugar: 1, obesity: 1, referred: 2, followUpsOpen: 2 });
  });

  it('counts screenings per RW where the person has one; the others only at their posyandu', () => {
    expect(table.rw.map((r) => [r.rw, r.screening.screened, r.screening.referred, r.screening.followUpsOpen])).toEqual([
      ['01', 2, 1, 1],
      ['02', 0, 0, 1],
    ]);
  });

  it('reads immunisation at the month end: full for age, late doses, this round of vitamin A', () => {
    expect(table.total.immunisation).toEqual({ children: 3, fullForAge: 1, withLateDoses: 2, lateDoses: 22, vitaminA: { round: '2026-02', eligible: 2, given: 1 } });
    expect(table.posyandu[0]?.immunisation).toEqual({ children: 2, fullForAge: 1, withLateDoses: 1, lateDoses: 2, vitaminA: { round: '2026-02', eligible: 1, given: 1 } });
    expect(table.rw[0]?.immunisation.children).toBe(2);
    expect(table.rw[1]?.immunisation.children).toBe(0);
  });

  it('counts a dose given after the month once the month that holds it is read', () => {
    const april = ilpTable({ month: '2026-04' as MonthKey, posyanduIds: ['p1'], rws: [], screenings: [], children: [CHILDREN[1]!] });
    // MR1 done; IPV2 still late, and PCV3 (12 months) late at 13 months.
    expect(april.total.immunisation.lateDoses).toBe(2);
    expect(april.total.screening.screened).toBe(0);
  });

  it.each([
    ['2026-01', '2025-08'],
    ['2026-02', '2026-02'],
    ['2026-07', '2026-02'],
    ['2026-08', '2026-08'],
    ['2026-12', '2026-08'],
  ])('the vitamin A round of %s is %s', (month, round) => {
    expect(vitaminARound(month as MonthKey)).toBe(round);
  });
});
