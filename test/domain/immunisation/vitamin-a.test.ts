import { describe, expect, it } from 'vitest';
import { vitaminAFor } from '../../../src/domain/immunisation/vitamin-a.js';

describe('vitaminAFor', () => {
  it('gives the blue capsule at 6 to 11 months in February and August', () => {
    expect(vitaminAFor('2025-08-01', '2026-02-01')).toBe('blue');
    expect(vitaminAFor('2025-09-15', '2026-08-20')).toBe('blue');
  });

  it('gives the red capsule from 12 to 59 months', () => {
    expect(vitaminAFor('2025-02-10', '2026-02-10')).toBe('red');
    expect(vitaminAFor('2021-08-10', '2026-08-09')).toBe('red');
  });

  it('gives none outside February and August', () => {
    expect(vitaminAFor('2025-02-10', '2026-03-10')).toBeNull();
    expect(vitaminAFor('2025-02-10', '2026-01-31')).toBeNull();
  });

  it('gives none before 6 months and from 60 months', () => {
    expect(vitaminAFor('2025-08-02', '2026-02-01')).toBeNull();
    expect(vitaminAFor('2021-08-10', '2026-08-10')).toBeNull();
  });

  it('switches from blue to red on the first birthday', () => {
    expect(vitaminAFor('2025-02-11', '2026-02-10')).toBe('blue');
    expect(vitaminAFor('2025-02-10', '2026-02-10')).toBe('red');
  });
});
