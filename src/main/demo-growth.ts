import { DateTime } from 'luxon';
import { ageInDays, lmsAt, valueAtZ, type GrowthTable } from '../domain/growth/index.js';
import { importedHistory, type ImportedVisit } from '../app/growth/import-history.js';
import type { Child, Measurement } from '../app/children/child-records.js';

/**
 * Measurement history of the demo children, relative to "now" so the demo always has recent data:
 * monthly posyandu visits on today's day of the month. Budi (boy) grows along a lowish curve and his
 * last weighing (a month ago) gained only 100 g: a recent T. Sari (girl) falls from −1.2 to −2.6 SD
 * in length-for-age: stunting. Values come from WHO curves at chosen z, rounded as a kader reads a
 * scale (0.1 kg) and a length board (0.1 cm); the results are computed by the growth service.
 */
interface Curve {
  childId: string;
  weightZ: (visit: number, visits: number) => number;
  lengthZ: (visit: number, visits: number) => number;
  lastGainKg?: number;
}

const CURVES: readonly Curve[] = [
  { childId: 'ch-budi', weightZ: (i, n) => -2 + (0.7 * i) / Math.max(1, n - 1), lengthZ: (i, n) => -1.4 - (0.5 * i) / Math.max(1, n - 1), lastGainKg: 0.1 },
  { childId: 'ch-sari', weightZ: (i, n) => -2 + (0.9 * i) / Math.max(1, n - 1), lengthZ: (i, n) => -1.2 - (1.4 * i) / Math.max(1, n - 1) },
];

/** History starts at six months: enough for the charts and the KMS, short enough to read. */
const FIRST_VISIT_DAY = 183;

function at(table: GrowthTable, sex: 1 | 2, days: number, z: number, step: number): number {
  const lms = lmsAt(table, sex, days)!;
  return Math.round(valueAtZ(lms, z) / step) * step;
}

function visitDates(birthDate: string, now: Date): string[] {
  const today = DateTime.fromJSDate(now, { zone: 'Asia/Jakarta' }).startOf('day');
  const dates: string[] = [];
  for (let back = 1; back <= 60; back++) {
    const date = today.minus({ months: back }).toISODate()!;
    if ((ageInDays(birthDate, date) ?? 0) < FIRST_VISIT_DAY) break;
    dates.unshift(date);
  }
  return dates;
}

/**
 * The demo measurements to store, each with a fixed id so seeding twice writes the same documents.
 *
 * @example
 * demoMeasurements(demoChildren, new Date('2026-03-09T02:00:00Z')).filter((m) => m.childId === 'ch-budi').length; // 12
 */
export function demoMeasurements(children: ReadonlyArray<Omit<Child, 'createdAt'>>, now: Date): Measurement[] {
  return CURVES.flatMap((curve) => {
    const child = children.find((c) => c._id === curve.childId);
    if (!child) return [];
    const dates = visitDates(child.birthDate, now);
    const visits: ImportedVisit[] = dates.map((date, i) => {
      const days = ageInDays(child.birthDate, date) ?? 0;
      const measure = days < 731 ? 'L' : 'H';
      return {
        id: `ms-demo-${child._id}-${date}`,
        date,
        weightKg: Math.round(at('wfa', child.sex, days, curve.weightZ(i, dates.length), 0.1) * 10) / 10,
        lengthCm: Math.round(at('lhfa', child.sex, days, curve.lengthZ(i, dates.length), 0.1) * 10) / 10,
        measure,
        source: 'kader',
        recordedBy: 'per-kader-ani',
      };
    });
    const last = visits.at(-1);
    const before = visits.at(-2);
    if (curve.lastGainKg !== undefined && last && before?.weightKg !== undefined) last.weightKg = Math.round((before.weightKg + curve.lastGainKg) * 10) / 10;
    return importedHistory({ ...child, createdAt: now }, visits, now);
  });
}
