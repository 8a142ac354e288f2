import { describe, expect, it } from 'vitest';
import { KBM_ROWS, kbmGrams } from '../../../src/domain/growth/kbm.js';
import { kmsHistory, type Weighing } from '../../../src/domain/growth/kms.js';

const boy = { sex: 1 as const, birthDate: '2024-01-10' };
const w = (date: string, weightKg: number): Weighing => ({ date, weightKg });

describe('KBM table', () => {
  it.each([
    [0, 800], [1, 800], [2, 900], [3, 800], [4, 600], [5, 500], [6, 400], [7, 400], [8, 300], [10, 300],
    [11, 200], [12, 200], [60, 200], [61, undefined],
  ])('%d completed months → %s g', (months, grams) => expect(kbmGrams(months)).toBe(grams));

  it('marks the disputed months as uncertain in the data', () => {
    expect(KBM_ROWS.filter((row) => row.uncertain).map((row) => row.fromMonth)).toEqual([0, 7, 11]);
  });
});

describe('kmsHistory', () => {
  it.each([
    ['first weighing is B', [w('2024-05-12', 6.9)], ['B']],
    ['gain ≥ KBM is N (5 mo, +500 g)', [w('2024-05-12', 6.9), w('2024-06-11', 7.4)], ['B', 'N']],
    ['gain < KBM is T (5 mo, +490 g)', [w('2024-05-12', 6.9), w('2024-06-11', 7.39)], ['B', 'T']],
    ['two T in a row are 2T, and stay 2T', [w('2024-05-12', 6.9), w('2024-06-11', 7.1), w('2024-07-10', 7.2), w('2024-08-10', 7.3)], ['B', 'T', '2T', '2T']],
    ['a skipped month gives O, and O breaks a T run', [w('2024-05-12', 6.9), w('2024-06-11', 7.1), w('2024-08-10', 7.2), w('2024-09-10', 7.3)], ['B', 'T', 'O', 'T']],
    ['weight loss is T', [w('2025-01-10', 9), w('2025-02-10', 8.8)], ['B', 'T']],
    ['unsorted input is read in date order', [w('2024-06-11', 7.4), w('2024-05-12', 6.9)], ['B', 'N']],
    ['a re-weighing in the same month replaces the first', [w('2024-05-12', 6.9), w('2024-06-03', 7.0), w('2024-06-20', 7.5)], ['B', 'N']],
    // Found by the fuzz test: a weight of −1.8e305 kg gave a gain of −Infinity grams.
    ['a value that is no weight is not read', [w('2024-05-12', 6.9), w('2024-06-11', -1.797693134862316e305), w('2024-06-12', 0), w('2024-07-10', 7.4)], ['B', 'O']],
    ['the card ends after 60 completed months', [w('2028-12-10', 17), w('2029-01-20', 17.1), w('2029-02-20', 17.1)], ['B', 'T', undefined]],
  ])('%s', (_, weighings, statuses) => {
    expect(kmsHistory(boy, weighings).map((entry) => entry.status)).toEqual(statuses);
  });

  it('reports gain and KBM for the age at the current weighing, in whole grams', () => {
    const [, second] = kmsHistory(boy, [w('2024-05-12', 7.5), w('2024-06-11', 8.3)]);
    expect(second).toMatchObject({ ageMonths: 5, gainGrams: 800, kbmGrams: 500, status: 'N' });
  });

  it('flags BGM when weight-for-age is below −3 SD', () => {
    const [heavy, light] = kmsHistory(boy, [w('2025-01-10', 9.6), w('2025-02-10', 6.5)]);
    expect(heavy?.bgm).toBe(false);
    expect(light?.bgm).toBe(true);
  });
});
