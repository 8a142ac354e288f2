import { describe, expect, it } from 'vitest';
import { childMonth, monthBounds, monthsEnding, parseMonth, pwsTable, type MonthKey, type PwsAlert, type PwsChild, type PwsPuslingRequest, type PwsVisit } from '../../../src/domain/pws/index.js';

/**
 * A small kelurahan k1 with posyandu p1 and p2, worked out by hand (see each child's comment).
 * KBM: 300 g at 8–10 months, 200 g from 12 months. z-scores checked with WHO's reference (assess.test.ts).
 */
type Fixture = PwsChild & { visits: PwsVisit[] };
const visit = (date: string, posyanduId: string, weightKg: number | null, lengthCm: number | null = null): PwsVisit => ({ date, posyanduId, weightKg, lengthCm, measure: null, oedema: false });
const child = (id: string, sex: 1 | 2, birthDate: string, posyanduId: string, rw: string, registeredOn: string, visits: PwsVisit[]): Fixture => ({ id, sex, birthDate, posyanduId, kelurahanId: 'k1', rw, registeredOn, visits });

const CHILDREN: Fixture[] = [
  // A: +300 g at 12 months (KBM 200): N; length 75 cm normal.
  child('A', 1, '2025-03-05', 'p1', '01', '2025-04-01', [visit('2026-02-10', 'p1', 9.0), visit('2026-03-10', 'p1', 9.3, 75)]),
  // B: weighed twice in March; the last weighing (8.3, +300 g on February at 9 months, KBM 300) makes N; counted once.
  child('B', 2, '2025-06-15', 'p1', '01', '2025-07-01', [visit('2026-02-12', 'p1', 8.0), visit('2026-03-03', 'p1', 7.9), visit('2026-03-20', 'p1', 8.3)]),
  // C: weighed in January only: S and K, not D.
  child('C', 1, '2024-01-20', 'p1', '02', '2024-02-01', [visit('2026-01-15', 'p1', 10.5)]),
  // D: registered in March, never weighed: S only.
  child('D', 2, '2025-12-01', 'p1', '02', '2026-03-05', []),
  // E: moved from p1 to p2: February's weighing at p1, March's at p2 (+100 g at 21 months: T).
  child('E', 2, '2024-06-10', 'p2', '02', '2024-07-01', [visit('2026-02-11', 'p1', 10.0), visit('2026-03-11', 'p2', 10.1)]),
  // F: 62 months old: not an under-five.
  child('F', 1, '2021-01-01', 'p1', '01', '2021-02-01', [visit('2026-03-10', 'p1', 17)]),
  // G: born in April.
  child('G', 1, '2026-04-02', 'p1', '01', '2026-03-30', []),
  // H: first weighing in March (B); 66 cm at 12 months is severely stunted (HAZ −4.17), WHZ +2.52.
  child('H', 1, '2025-03-05', 'p2', '02', '2026-03-01', [visit('2026-03-10', 'p2', 9.3, 66)]),
  // I: not weighed in February (O); 8.0 kg, 86 cm at 24 months: WAZ −3.63 (BGM, underweight), WHZ −4.93 (wasted).
  child('I', 1, '2024-03-05', 'p2', '02', '2024-04-01', [visit('2026-01-12', 'p2', 8.5), visit('2026-03-12', 'p2', 8.0, 86)]),
  // J: registered in April: not yet in S in March.
  child('J', 1, '2025-01-01', 'p1', '01', '2026-04-03', []),
];

const ALERTS: PwsAlert[] = [
  { area: { posyanduId: 'p1', kelurahanId: 'k1', rw: '01' }, openedOn: '2026-03-05', unresolved: true },
  { area: { posyanduId: 'p2', kelurahanId: 'k1', rw: '02' }, openedOn: '2026-02-20', unresolved: true },
  { area: { posyanduId: 'p1', kelurahanId: 'k1', rw: '02' }, openedOn: '2026-03-15', unresolved: false },
  { area: { posyanduId: 'p1', kelurahanId: 'k1', rw: '01' }, openedOn: '2026-04-01', unresolved: true },
];
const PUSLING: PwsPuslingRequest[] = [
  { area: { kelurahanId: 'k1', rw: '02' }, requestedOn: '2026-03-02', visitOn: '2026-03-25' },
  { area: { posyanduId: 'p2', kelurahanId: 'k1', rw: '02' }, requestedOn: '2026-02-25', visitOn: '2026-03-08' },
];

function table(month: string) {
  const key = month as MonthKey;
  const children = CHILDREN.flatMap((c) => childMonth(c, c.visits, key) ?? []);
  return pwsTable({ month: key, posyanduIds: ['p1', 'p2'], rws: [{ kelurahanId: 'k1', rw: '01' }, { kelurahanId: 'k1', rw: '02' }, { kelurahanId: 'k1', rw: '03' }], children, alerts: ALERTS, pusling: PUSLING });
}

describe('PWS month table', () => {
  const march = table('2026-03');
  const [p1, p2] = march.posyandu;
  const [rw01, rw02, rw03] = march.rw;

  it('counts SKDN per posyandu: twice-weighed children once, moved children where they were weighed', () => {
    expect(p1).toMatchObject({ posyanduId: 'p1', S: 4, K: 3, D: 2, N: 2, T: 0, O: 0, B: 0, D_S: 50, N_D: 100 });
    expect(p2).toMatchObject({ posyanduId: 'p2', S: 3, K: 3, D: 3, N: 0, T: 1, O: 1, B: 1, D_S: 100, N_D: 0 });
  });

  it('counts Permenkes categories over the children measured for each index', () => {
    expect(p1).toMatchObject({ measured: { waz: 2, haz: 1, whz: 1 }, stunting: 0, wasting: 0, underweight: 0, bgm: 0 });
    expect(p2).toMatchObject({ measured: { waz: 3, haz: 2, whz: 2 }, stunting: 1, wasting: 1, underweight: 1, bgm: 1 });
    expect(p2?.rates).toEqual({ stunting: 50, wasting: 50, underweight: 33.3, bgm: 33.3 });
  });

  it('counts new and open alerts and Pusling requests and visits', () => {
    expect(p1).toMatchObject({ alerts: { new: 2, open: 1 }, pusling: { requests: 0, visits: 0 } });
    expect(p2).toMatchObject({ alerts: { new: 0, open: 1 }, pusling: { requests: 0, visits: 1 } });
  });

  it('sums per RW, with a row for an RW without children', () => {
    expect(rw01).toMatchObject({ kelurahanId: 'k1', rw: '01', S: 2, K: 2, D: 2, N: 2, alerts: { new: 1, open: 1 } });
    expect(rw02).toMatchObject({ rw: '02', S: 5, K: 4, D: 3, N: 0, alerts: { new: 1, open: 1 }, pusling: { requests: 1, visits: 2 } });
    expect(rw03).toMatchObject({ rw: '03', S: 0, D_S: null, N_D: null });
    expect(march.total).toMatchObject({ S: 7, K: 6, D: 5, N: 2, D_S: 71.4, N_D: 40, alerts: { new: 2, open: 2 }, pusling: { requests: 1, visits: 2 } });
  });

  it('reads an earlier month as it was: the moved child at its old posyandu, later registrations left out', () => {
    const february = table('2026-02');
    expect(february.posyandu[0]).toMatchObject({ S: 4, K: 4, D: 3, N: 0, B: 3 });
    expect(february.posyandu[1]).toMatchObject({ S: 1, K: 1, D: 0, D_S: 0, N_D: null });
  });

  it('a month without a session has S but no D, and N/D has no value', () => {
    const may = table('2026-05');
    expect(may.total).toMatchObject({ S: 9, D: 0, N: 0, D_S: 0, N_D: null });
  });
});

describe('PWS months', () => {
  it.each([
    ['2026-03', '2026-03'],
    ['2026-3', undefined],
    ['2026-13', undefined],
    ['1999-12', undefined],
    ['2026-03-01', undefined],
  ])('parseMonth(%s)', (text, expected) => expect(parseMonth(text)).toBe(expected));

  it('knows month ends and windows', () => {
    expect(monthBounds('2024-02' as MonthKey)).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthBounds('2026-04' as MonthKey).last).toBe('2026-04-30');
    expect(monthsEnding('2026-02' as MonthKey, 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
});
