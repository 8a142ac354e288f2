import { describe, expect, it } from 'vitest';
import { bodyMassIndex, classifyBmi, isCentralObesity } from '../../../src/domain/screening/index.js';

describe('bodyMassIndex', () => {
  it('is weight over height squared, to one decimal', () => {
    expect(bodyMassIndex(70, 165)).toBe(25.7);
    expect(bodyMassIndex(50, 160)).toBe(19.5);
  });
});

describe('classifyBmi (Kemenkes, Asian cut-offs)', () => {
  it.each([
    [18.4, 'underweight'],
    [18.5, 'normal'],
    [25.0, 'normal'],
    [25.1, 'overweight'],
    [27.0, 'overweight'],
    [27.1, 'obese'],
  ] as const)('%f is %s', (bmi, category) => {
    expect(classifyBmi(bmi)).toBe(category);
  });

  it('classifies the printed one-decimal value: 25.04 prints 25.0 and is normal', () => {
    // 64.1 kg at 160 cm is 25.039… kg/m²
    expect(bodyMassIndex(64.1, 160)).toBe(25);
    expect(classifyBmi(bodyMassIndex(64.1, 160))).toBe('normal');
  });
});

describe('isCentralObesity (≥ 90 cm men, ≥ 80 cm women)', () => {
  it.each([
    [89.9, 'male', false],
    [90, 'male', true],
    [79.9, 'female', false],
    [80, 'female', true],
  ] as const)('%f cm %s → %s', (waist, sex, central) => {
    expect(isCentralObesity(waist, sex)).toBe(central);
  });
});
