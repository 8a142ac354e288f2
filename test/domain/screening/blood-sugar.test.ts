import { describe, expect, it } from 'vitest';
import { classifyBloodSugar } from '../../../src/domain/screening/index.js';

describe('classifyBloodSugar (PERKENI 2021)', () => {
  it.each([
    [69, 'random', 'low'],
    [70, 'random', 'normal'],
    [199, 'random', 'normal'],
    [200, 'random', 'high'],
    [69, 'fasting', 'low'],
    [70, 'fasting', 'normal'],
    [99, 'fasting', 'normal'],
    [100, 'fasting', 'prediabetes'],
    [125, 'fasting', 'prediabetes'],
    [126, 'fasting', 'high'],
  ] as const)('%i mg/dL %s is %s', (mgDl, kind, category) => {
    expect(classifyBloodSugar(mgDl, kind)).toBe(category);
  });
});
