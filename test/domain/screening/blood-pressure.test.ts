import { describe, expect, it } from 'vitest';
import { classifyBloodPressure, isBloodPressureCrisis, parseBloodPressure } from '../../../src/domain/screening/index.js';

describe('classifyBloodPressure (JNC 7 as Kemenkes P2PTM uses it)', () => {
  it.each([
    [119, 79, 'normal'],
    [120, 79, 'prehypertension'],
    [119, 80, 'prehypertension'],
    [139, 89, 'prehypertension'],
    [140, 89, 'hypertension_1'],
    [139, 90, 'hypertension_1'],
    [159, 99, 'hypertension_1'],
    [160, 99, 'hypertension_2'],
    [159, 100, 'hypertension_2'],
    [130, 85, 'prehypertension'],
    [110, 95, 'hypertension_1'],
  ] as const)('%i/%i is %s', (systolic, diastolic, category) => {
    expect(classifyBloodPressure({ systolic, diastolic })).toBe(category);
  });
});

describe('isBloodPressureCrisis (PERHI 2019: ≥ 180 or ≥ 110)', () => {
  it.each([
    [179, 109, false],
    [180, 90, true],
    [150, 110, true],
  ] as const)('%i/%i → %s', (systolic, diastolic, crisis) => {
    expect(isBloodPressureCrisis({ systolic, diastolic })).toBe(crisis);
  });
});

describe('parseBloodPressure', () => {
  it.each([
    ['130/85', { systolic: 130, diastolic: 85 }],
    ['130 / 85', { systolic: 130, diastolic: 85 }],
    ['tensi 150-95 mmHg', { systolic: 150, diastolic: 95 }],
    ['120 per 80', { systolic: 120, diastolic: 80 }],
  ])('reads %s', (text, bp) => {
    expect(parseBloodPressure(text)).toEqual(bp);
  });

  it.each(['130', '130/85 lalu 140/90', 'tinggi', '1300/85'])('reads nothing in %s', (text) => {
    expect(parseBloodPressure(text)).toBeUndefined();
  });
});
