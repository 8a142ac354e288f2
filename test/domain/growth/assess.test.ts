import { describe, expect, it } from 'vitest';
import { assessAnthropometry, type AnthroInput } from '../../../src/domain/growth/assess.js';

describe('assessAnthropometry: length vs height', () => {
  it.each([
    // [case, input, clenhei, standingUnder9Months]
    ['8 months standing: no +0.7, flagged', { ageMonths: 8, lenheiCm: 60, measure: 'H' }, 60, true],
    ['9 months standing: +0.7', { ageMonths: 9, lenheiCm: 60, measure: 'H' }, 60.7, false],
    ['730 days lying: unchanged', { ageDays: 730, lenheiCm: 85, measure: 'L' }, 85, false],
    ['731 days lying: −0.7', { ageDays: 731, lenheiCm: 85, measure: 'L' }, 84.3, false],
    ['731 days standing: unchanged', { ageDays: 731, lenheiCm: 85, measure: 'H' }, 85, false],
    ['position unknown: unchanged', { ageDays: 200, lenheiCm: 65 }, 65, false],
  ] as [string, Partial<AnthroInput>, number, boolean][])('%s', (_, input, clenhei, flagged) => {
    const result = assessAnthropometry({ sex: 1, weightKg: 8, ...input });
    expect(result.clenhei).toBeCloseTo(clenhei, 10);
    expect(result.standingUnder9Months).toBe(flagged);
  });

  it('reads WHZ from WFL under 731 days and WFH from 731 days, whatever the measure', () => {
    expect(assessAnthropometry({ sex: 2, ageDays: 730, weightKg: 11, lenheiCm: 85, measure: 'H' }).tables.whz).toBe('wfl');
    const older = assessAnthropometry({ sex: 2, ageDays: 731, weightKg: 11, lenheiCm: 85, measure: 'L' });
    expect(older.tables.whz).toBe('wfh');
    expect(older.lenheiBasis).toBe('height');
  });

  it('uses the intended table row where WHO R code slips (boy 1272 d, 16.0 kg, 103.1 cm lying)', () => {
    const result = assessAnthropometry({ sex: 1, ageDays: 1272, weightKg: 16, lenheiCm: 103.1, measure: 'L' });
    expect(result.z.whz).toBeCloseTo(-0.038, 3);
  });

  it('leaves WHZ undefined outside 45–110 cm (WFL) and 65–120 cm (WFH), without clamping', () => {
    expect(assessAnthropometry({ sex: 1, ageDays: 10, weightKg: 2, lenheiCm: 44.9 }).z.whz).toBeUndefined();
    expect(assessAnthropometry({ sex: 1, ageDays: 10, weightKg: 2, lenheiCm: 45 }).z.whz).toBeDefined();
    expect(assessAnthropometry({ sex: 1, ageDays: 1000, weightKg: 25, lenheiCm: 120.1, measure: 'H' }).z.whz).toBeUndefined();
  });
});

describe('assessAnthropometry: age and standards', () => {
  it('counts calendar days between ISO dates, months = days / 30.4375', () => {
    const result = assessAnthropometry({ sex: 1, birthDate: '2024-01-15', visitDate: '2024-03-15', weightKg: 5 });
    expect(result.ageDays).toBe(60);
    expect(result.ageMonths).toBeCloseTo(60 / 30.4375, 12);
  });

  it('turns months into days with halves rounded up (24 months → 731 days)', () => {
    expect(assessAnthropometry({ sex: 1, ageMonths: 24 }).ageDays).toBe(731);
  });

  it.each([
    [1826, 'who2006', ['waz', 'haz', 'whz', 'baz', 'hcz', 'acz']],
    [1827, 'who2007', ['waz', 'haz', 'baz']],
  ])('at day %d uses %s with %o', (ageDays, standard, indices) => {
    const result = assessAnthropometry({ sex: 2, ageDays, weightKg: 18, lenheiCm: 108, measure: 'H', headCm: 50, armCm: 16 });
    expect(result.standard).toBe(standard);
    expect(Object.keys(result.z).sort()).toEqual([...indices].sort());
  });

  it('scores WAZ (2007) to 120 months, HAZ and BAZ to 228 months, nothing after', () => {
    const at = (ageMonths: number) => Object.keys(assessAnthropometry({ sex: 1, ageMonths, weightKg: 30, lenheiCm: 140 }).z).sort();
    expect(at(120)).toEqual(['baz', 'haz', 'waz']);
    expect(at(120.01)).toEqual(['baz', 'haz']);
    expect(at(228)).toEqual(['baz', 'haz']);
    expect(at(228.01)).toEqual([]);
  });

  it('starts arm circumference and skinfolds at 91 days', () => {
    const at = (ageDays: number) => assessAnthropometry({ sex: 1, ageDays, armCm: 13, tricepsMm: 9, subscapularMm: 7 }).z;
    expect(at(90)).toEqual({});
    expect(Object.keys(at(91)).sort()).toEqual(['acz', 'ssz', 'tsz']);
  });

  it('without any age scores only WHZ, table by measure or by 87 cm', () => {
    expect(assessAnthropometry({ sex: 1, weightKg: 9, lenheiCm: 75 }).tables).toEqual({ whz: 'wfl' });
    expect(assessAnthropometry({ sex: 1, weightKg: 12, lenheiCm: 88 }).tables).toEqual({ whz: 'wfh' });
    expect(assessAnthropometry({ sex: 1, weightKg: 12, lenheiCm: 86, measure: 'H' }).tables).toEqual({ whz: 'wfh' });
  });

  it('scores nothing for a visit before birth or an invalid date', () => {
    expect(assessAnthropometry({ sex: 1, ageDays: -1, weightKg: 5 }).z).toEqual({});
    expect(assessAnthropometry({ sex: 1, birthDate: '2024-02-30', visitDate: '2024-03-01', weightKg: 5 }).ageDays).toBeUndefined();
  });
});

describe('assessAnthropometry: oedema, zero values, rounding and flags', () => {
  it('drops WAZ, WHZ and BAZ with oedema but keeps HAZ and HCZ (2006 and 2007)', () => {
    const young = assessAnthropometry({ sex: 1, ageDays: 400, weightKg: 8, lenheiCm: 75, headCm: 45, oedema: true });
    expect(Object.keys(young.z).sort()).toEqual(['haz', 'hcz']);
    const older = assessAnthropometry({ sex: 1, ageMonths: 80, weightKg: 18, lenheiCm: 112, oedema: true });
    expect(Object.keys(older.z)).toEqual(['haz']);
  });

  it('treats values ≤ 0 as not measured', () => {
    expect(assessAnthropometry({ sex: 1, ageDays: 400, weightKg: 0, lenheiCm: -75 }).z).toEqual({});
  });

  it('rounds to 2 decimals and flags on the rounded value (WAZ > 5 flagged, −5.5 not)', () => {
    const heavy = assessAnthropometry({ sex: 1, ageDays: 0, weightKg: 9 });
    expect(heavy.zRounded.waz).toBe(Number((heavy.z.waz ?? 0).toFixed(2)));
    expect(heavy.flags.waz).toBe(true);
    const light = assessAnthropometry({ sex: 1, ageDays: 0, weightKg: 1.2 });
    expect(light.zRounded.waz).toBeLessThan(-5);
    expect(light.zRounded.waz).toBeGreaterThan(-6);
    expect(light.flags.waz).toBe(false);
  });

  it('restricts weight-based z beyond +3 SD (the 2 → 3 SD distance is one SD out there)', () => {
    // Boys at birth: +3 SD weight is 5.0 kg and +2 SD 4.4 kg (rounded), so 5.6 kg ≈ +4 restricted.
    const result = assessAnthropometry({ sex: 1, ageDays: 0, weightKg: 5.6 });
    expect(result.z.waz).toBeGreaterThan(3.9);
    expect(result.z.waz).toBeLessThan(4.1);
  });
});
