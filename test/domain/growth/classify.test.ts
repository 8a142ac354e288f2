import { describe, expect, it } from 'vitest';
import { assessAnthropometry } from '../../../src/domain/growth/assess.js';
import {
  classifyBazOlder,
  classifyGrowth,
  classifyHaz,
  classifyWaz,
  classifyWhz,
} from '../../../src/domain/growth/classify.js';
import type { AnthroResult } from '../../../src/domain/growth/anthro-types.js';

describe('Permenkes 2/2020 cut-offs (lower −3/−2 go up, upper +1/+2/+3 go down)', () => {
  it.each([
    [-3.01, 'severely_underweight'], [-3, 'underweight'], [-2.01, 'underweight'], [-2, 'normal'],
    [1, 'normal'], [1.01, 'risk_of_overweight'], [3.5, 'risk_of_overweight'],
  ])('BB/U z %d → %s', (z, category) => expect(classifyWaz(z)).toBe(category));

  it.each([
    [-3.01, 'severely_stunted'], [-3, 'stunted'], [-2.01, 'stunted'], [-2, 'normal'], [3, 'normal'], [3.01, 'tall'],
  ])('PB/U or TB/U z %d → %s', (z, category) => expect(classifyHaz(z)).toBe(category));

  it.each([
    [-3.01, 'severely_wasted'], [-3, 'wasted'], [-2.01, 'wasted'], [-2, 'normal'], [1, 'normal'],
    [1.01, 'possible_risk_of_overweight'], [2, 'possible_risk_of_overweight'], [2.01, 'overweight'],
    [3, 'overweight'], [3.01, 'obese'],
  ])('BB/PB or BB/TB z %d → %s', (z, category) => expect(classifyWhz(z)).toBe(category));

  it.each([
    [-3.01, 'severely_thin'], [-3, 'thin'], [-2.01, 'thin'], [-2, 'normal'], [1, 'normal'],
    [1.01, 'overweight'], [2, 'overweight'], [2.01, 'obese'],
  ])('IMT/U 5–18 y z %d → %s', (z, category) => expect(classifyBazOlder(z)).toBe(category));
});

const result = (overrides: Partial<AnthroResult>): AnthroResult => ({
  ageDays: 400, ageMonths: 400 / 30.4375, standard: 'who2006', clenhei: 75, bmi: 15, lenheiBasis: 'length',
  tables: {}, z: {}, zRounded: {}, flags: {}, standingUnder9Months: false, ...overrides,
});

describe('classifyGrowth', () => {
  it('classifies the 2-decimal z a kader sees: −2.004 (printed −2.00) is normal', () => {
    const r = result({ z: { haz: -2.004, whz: -2.006 }, zRounded: { haz: -2, whz: -2.01 } });
    expect(classifyGrowth(r)).toEqual({ haz: 'normal', whz: 'wasted' });
  });

  it('uses the six WHZ categories for BMI-for-age under 60 months', () => {
    expect(classifyGrowth(result({ zRounded: { baz: 2.5 } })).baz).toBe('overweight');
  });

  it('from 60 months classifies only BMI-for-age, on the thinness scale, up to 216 months', () => {
    const at = (ageMonths: number) =>
      classifyGrowth(result({ standard: 'who2007', ageMonths, zRounded: { waz: -3.5, haz: -3.5, baz: 2.5 } }));
    expect(at(60)).toEqual({ baz: 'obese' });
    expect(at(216)).toEqual({ baz: 'obese' });
    expect(at(216.5)).toEqual({});
  });

  it('gives the severe categories with oedema (WHO prevalence convention)', () => {
    const young = assessAnthropometry({ sex: 1, ageDays: 400, weightKg: 9, lenheiCm: 75, oedema: true });
    expect(classifyGrowth(young, true)).toEqual({
      waz: 'severely_underweight', haz: classifyHaz(young.zRounded.haz ?? NaN), whz: 'severely_wasted', baz: 'severely_wasted',
    });
    const older = assessAnthropometry({ sex: 2, ageMonths: 100, weightKg: 20, lenheiCm: 125, oedema: true });
    expect(classifyGrowth(older, true)).toEqual({ baz: 'severely_thin' });
  });

  it('classifies a real assessment end to end', () => {
    const r = assessAnthropometry({ sex: 1, ageDays: 400, weightKg: 7.4, lenheiCm: 70, measure: 'L' });
    expect(classifyGrowth(r)).toEqual({ waz: 'underweight', haz: 'stunted', whz: 'normal', baz: 'normal' });
  });
});
