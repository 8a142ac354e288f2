import { describe, expect, it } from 'vitest';
import { checkPlausibility, type Measurement } from '../../../src/domain/growth/plausibility.js';

const boy = { sex: 1 as const, birthDate: '2024-01-10' };
const before: Measurement = { date: '2024-12-10', weightKg: 9, lenheiCm: 74, measure: 'L' };
const at = (m: Partial<Measurement>): Measurement => ({ date: '2025-01-10', measure: 'L', ...m });

describe('checkPlausibility', () => {
  it.each([
    ['a normal visit', at({ weightKg: 9.3, lenheiCm: 75 }), before, []],
    ['a first visit without issues', at({ weightKg: 9.3, lenheiCm: 75 }), undefined, []],
    ['85 kg where 8.5 fits', at({ weightKg: 85, lenheiCm: 75 }), undefined, [{ code: 'weight_decimal_slip', entered: 85, suggested: 8.5 }]],
    ['0.9 kg where 9 fits', at({ weightKg: 0.9, lenheiCm: 75 }), before, [{ code: 'weight_decimal_slip', entered: 0.9, suggested: 9 }]],
    ['7.5 cm where 75 fits', at({ weightKg: 9.1, lenheiCm: 7.5 }), before, [{ code: 'lenhei_decimal_slip', entered: 7.5, suggested: 75 }]],
    ['750 (mm) where 75 cm fits', at({ weightKg: 9.1, lenheiCm: 750 }), before, [{ code: 'lenhei_decimal_slip', entered: 750, suggested: 75 }]],
    ['a weight jump beyond 0.5 kg + 70 g/day', at({ weightKg: 12.5, lenheiCm: 75 }), before,
      [{ code: 'weight_jump', previous: 9, entered: 12.5, days: 31, limit: 2.67 }]],
    ['a weight drop beyond 0.3 kg + 10 %', at({ weightKg: 7.7, lenheiCm: 75 }), before,
      [{ code: 'weight_drop', previous: 9, entered: 7.7, days: 31, limit: 1.2 }]],
    ['length shrinking beyond 1 cm', at({ weightKg: 9.2, lenheiCm: 72.9 }), before,
      [{ code: 'lenhei_shrink', previous: 74, entered: 72.9, days: 31, limit: 1 }]],
    ['standing after lying may read 1.7 cm less', at({ weightKg: 9.2, lenheiCm: 72.4, measure: 'H' }), before, []],
    ['length growing impossibly fast', at({ weightKg: 9.4, lenheiCm: 81 }), before,
      [{ code: 'lenhei_jump', previous: 74, entered: 81, days: 31, limit: 6.15 }]],
  ] as [string, Measurement, Measurement | undefined, unknown[]][])('%s', (_, current, previous, issues) => {
    expect(checkPlausibility(boy, current, previous)).toEqual(issues);
  });

  it('reports implausible z-scores (WHO BIV flags) with their 2-decimal value', () => {
    const issues = checkPlausibility(boy, at({ weightKg: 9.2, lenheiCm: 55 }));
    expect(issues).toContainEqual({ code: 'implausible_z', indicator: 'haz', z: expect.any(Number) });
    const haz = issues.find((issue) => issue.code === 'implausible_z' && issue.indicator === 'haz');
    expect(haz && 'z' in haz ? haz.z : 0).toBeLessThan(-6);
  });

  it('does not guess when neither ×10 nor ÷10 helps', () => {
    const issues = checkPlausibility(boy, at({ weightKg: 30, lenheiCm: 75 }), before);
    expect(issues.map((issue) => issue.code)).not.toContain('weight_decimal_slip');
    expect(issues.map((issue) => issue.code)).toContain('weight_jump');
  });
});
