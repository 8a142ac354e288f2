import { describe, expect, it } from 'vitest';
import { ANTENATAL_VISITS, antenatalPlan, antenatalVisits, antenatalReminderDue, nextAntenatalVisit, trimesterOf } from '../../../src/domain/pregnancy/index.js';

describe('the Kemenkes 2020 antenatal schedule', () => {
  it('has six visits: two in trimester 1, one in 2, three in 3; a doctor at K1 and K5', () => {
    expect(ANTENATAL_VISITS.map((v) => v.trimester)).toEqual([1, 1, 2, 3, 3, 3]);
    expect(ANTENATAL_VISITS.filter((v) => v.doctor).map((v) => v.number)).toEqual([1, 5]);
  });

  it('suggests every visit inside its own trimester', () => {
    for (const v of ANTENATAL_VISITS) {
      expect(trimesterOf(v.suggestedWeek)).toBe(v.trimester);
      expect(v.suggestedWeek).toBeGreaterThanOrEqual(v.fromWeek);
      expect(v.suggestedWeek).toBeLessThanOrEqual(v.toWeek);
    }
  });
});

describe('antenatalVisits (the guideline part of antenatal.json, with our weeks)', () => {
  const guideline = { trimesters: [{ trimester: 1, fromWeek: 0, toWeek: 12, visits: 1 }, { trimester: 3, fromWeek: 25, toWeek: 40, visits: 2 }], doctorAt: [2] };

  it("numbers each trimester's visits on, with the doctor where the guideline says and the week from ours", () => {
    expect(antenatalVisits({ guideline, ours: { suggestedWeeks: [10, 30, 36] } }).map((v) => [v.number, v.trimester, v.doctor, v.fromWeek, v.toWeek, v.suggestedWeek])).toEqual([
      [1, 1, false, 0, 12, 10],
      [2, 3, true, 25, 40, 30],
      [3, 3, false, 25, 40, 36],
    ]);
  });

  it('refuses data whose weeks do not match the visits', () => {
    expect(() => antenatalVisits({ guideline, ours: { suggestedWeeks: [10, 30] } })).toThrow(/3 visits in the guideline, 2 suggested weeks/);
  });

  it('keeps the weeks reminded for: 8, 12, 20, 28, 34, 38', () => {
    expect(ANTENATAL_VISITS.map((v) => v.suggestedWeek)).toEqual([8, 12, 20, 28, 34, 38]);
  });
});

describe('trimesterOf (0–12, > 12–24, > 24 weeks)', () => {
  it.each([[0, 1], [12, 1], [13, 2], [24, 2], [25, 3], [41, 3]] as const)('week %i is trimester %i', (weeks, t) => {
    expect(trimesterOf(weeks)).toBe(t);
  });
});

describe('antenatalPlan and nextAntenatalVisit', () => {
  it('dates each visit from the due date', () => {
    expect(antenatalPlan('2026-12-02').map((v) => v.date)).toEqual(['2026-04-22', '2026-05-20', '2026-07-15', '2026-09-09', '2026-10-21', '2026-11-18']);
  });

  it('the next visit is the first whose day is today or later', () => {
    expect(nextAntenatalVisit('2026-12-02', '2026-05-20')?.number).toBe(2);
    expect(nextAntenatalVisit('2026-12-02', '2026-05-21')?.number).toBe(3);
    expect(nextAntenatalVisit('2026-12-02', '2026-11-19')).toBeUndefined();
  });
});

describe('antenatalReminderDue (a week before each visit, once)', () => {
  it('reminds of a visit from 7 days before its day until the day itself', () => {
    // K3 is suggested on 15 July 2026 for a due date of 2 December.
    expect(antenatalReminderDue('2026-12-02', '2026-07-07', 2)).toBeUndefined();
    expect(antenatalReminderDue('2026-12-02', '2026-07-08', 2)?.number).toBe(3);
    expect(antenatalReminderDue('2026-12-02', '2026-07-15', 2)?.number).toBe(3);
    expect(antenatalReminderDue('2026-12-02', '2026-07-16', 2)).toBeUndefined();
  });

  it('never reminds of the same visit twice', () => {
    expect(antenatalReminderDue('2026-12-02', '2026-07-10', 3)).toBeUndefined();
  });
});
