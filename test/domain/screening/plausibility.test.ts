import { describe, expect, it } from 'vitest';
import { checkScreening } from '../../../src/domain/screening/index.js';

const codes = (values: Parameters<typeof checkScreening>[0]) => checkScreening(values).map((i) => (i.code === 'out_of_range' ? `${i.value}` : i.code));

describe('checkScreening', () => {
  it.each([
    ['systolic', 69, 70, 260, 261],
    ['diastolic', 39, 40, 150, 151],
    ['sugarMgDl', 19, 20, 600, 601],
    ['weightKg', 24.9, 25, 250, 250.1],
    ['heightCm', 119.9, 120, 210, 210.1],
    ['waistCm', 39.9, 40, 200, 200.1],
  ] as const)('%s: plausible from its min to its max, inclusive', (name, below, min, max, above) => {
    expect(codes({ [name]: below })).toEqual([name]);
    expect(codes({ [name]: min })).toEqual([]);
    expect(codes({ [name]: max })).toEqual([]);
    expect(codes({ [name]: above })).toEqual([name]);
  });

  it('asks when systolic is not above diastolic (swapped or mistyped)', () => {
    expect(codes({ systolic: 85, diastolic: 130 })).toEqual(['systolic_not_above_diastolic']);
    expect(codes({ systolic: 90, diastolic: 90 })).toEqual(['systolic_not_above_diastolic']);
    expect(codes({ systolic: 91, diastolic: 90 })).toEqual([]);
  });

  it('names the value, what was entered and the range', () => {
    expect(checkScreening({ sugarMgDl: 1200 })).toEqual([{ code: 'out_of_range', value: 'sugarMgDl', entered: 1200, min: 20, max: 600 }]);
  });

  it('checks nothing that was not measured', () => {
    expect(checkScreening({})).toEqual([]);
  });
});
