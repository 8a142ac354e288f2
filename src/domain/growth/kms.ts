/**
 * KMS reading between monthly weighings: N / T / 2T / O / B and below the red line (BGM).
 */
import { assessAnthropometry } from './assess.js';
import { completedMonths, isoDayNumber, monthIndex } from './age.js';
import { kbmGrams } from './kbm.js';
import type { Sex } from './reference.js';

/** One weighing: ISO date and weight in kg. */
export interface Weighing {
  date: string;
  weightKg: number;
}

/**
 * N naik (gain ≥ KBM), T tidak naik (gain < KBM), 2T two T in consecutive months, O not weighed last
 * month (no gain can be judged), B baru: first weighing.
 */
export type KmsStatus = 'N' | 'T' | '2T' | 'O' | 'B';

/** The reading of one month's weighing. */
export interface KmsEntry {
  date: string;
  weightKg: number;
  /** Completed months at this weighing (as the card reads age). */
  ageMonths: number;
  /** `undefined` after 60 months, where the card and its KBM end. */
  status: KmsStatus | undefined;
  /** Gain in grams since last month's weighing (N/T only). */
  gainGrams?: number;
  kbmGrams?: number;
  /** Bawah garis merah: weight-for-age below −3 SD (2-decimal WAZ, 0–5 y). */
  bgm: boolean;
}

/** A weight the card can read: more than nothing, and a number still in grams. */
const isWeight = (kg: number): boolean => kg > 0 && Number.isFinite(kg * 1000);

function byMonth(weighings: readonly Weighing[]): Weighing[] {
  const sorted = weighings.filter((w) => isWeight(w.weightKg)).sort((a, b) => (isoDayNumber(a.date) ?? 0) - (isoDayNumber(b.date) ?? 0));
  const perMonth = new Map<number, Weighing>();
  for (const weighing of sorted) perMonth.set(monthIndex(weighing.date), weighing);
  return [...perMonth.values()];
}

/**
 * Reads a child's weighings as the KMS does. One weighing counts per calendar month (the last one, so
 * a re-weighing corrects a mistake); a value that is no weight (zero, negative, beyond grams) is not read. The gain is compared with the KBM for the age at the current
 * weighing; a weighing after a month without one is O, never N or T.
 *
 * @example
 * kmsHistory({ sex: 1, birthDate: '2024-01-10' }, [
 *   { date: '2024-05-12', weightKg: 6.9 }, { date: '2024-06-11', weightKg: 7.1 }, { date: '2024-07-10', weightKg: 7.2 },
 * ]).map((e) => e.status); // ['B', 'T', '2T']
 */
export function kmsHistory(child: { sex: Sex; birthDate: string }, weighings: readonly Weighing[]): KmsEntry[] {
  const entries: KmsEntry[] = [];
  let previous: Weighing | undefined;
  for (const weighing of byMonth(weighings)) {
    const ageMonths = completedMonths(child.birthDate, weighing.date) ?? Number.NaN;
    const waz = assessAnthropometry({ sex: child.sex, birthDate: child.birthDate, visitDate: weighing.date, weightKg: weighing.weightKg });
    const entry: KmsEntry = {
      date: weighing.date,
      weightKg: weighing.weightKg,
      ageMonths,
      status: undefined,
      bgm: waz.standard === 'who2006' && waz.zRounded.waz !== undefined && waz.zRounded.waz < -3,
    };
    const kbm = kbmGrams(ageMonths);
    if (kbm !== undefined) {
      if (!previous) entry.status = 'B';
      else if (monthIndex(weighing.date) - monthIndex(previous.date) > 1) entry.status = 'O';
      else {
        entry.gainGrams = Math.round((weighing.weightKg - previous.weightKg) * 1000);
        entry.kbmGrams = kbm;
        const before = entries.at(-1)?.status;
        entry.status = entry.gainGrams >= kbm ? 'N' : before === 'T' || before === '2T' ? '2T' : 'T';
      }
    }
    entries.push(entry);
    previous = weighing;
  }
  return entries;
}
