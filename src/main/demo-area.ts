import { DateTime } from 'luxon';
import { ageInDays, lmsAt, valueAtZ, type GrowthTable } from '../domain/growth/index.js';
import { importedHistory, type ImportedVisit } from '../app/growth/import-history.js';
import type { Child, Measurement } from '../app/children/child-records.js';
import { seededRandom } from '../shared/ids.js';
import { demoKelurahan, demoPosyandu, demoSchedules } from './demo-data.js';
import { ruleDateInMonth } from '../domain/schedule/index.js';

/**
 * The rest of the demo area: under-fives registered by their kader (no family contact) in every RW,
 * with a year of monthly weighings, so the PWS dashboard has an area to show: a D/S below target, some
 * children who did not gain, a few stunted or wasted. Seeded pseudo-random: every seeding writes the
 * same children and, relative to now, the same visits. Only `npm run demo` seeds it; tests keep the
 * small world whose figures they check by hand.
 */
export interface DemoArea {
  /** Registered when born or when the year of history starts, whichever is later. */
  children: Child[];
  measurements: Measurement[];
}

/** Nicknames only, as the bot stores them; common in West Java. */
const NAMES = {
  1: ['Agus', 'Rizky', 'Dimas', 'Fajar', 'Ujang', 'Dede', 'Raka', 'Bayu', 'Ilham', 'Yusuf', 'Galih', 'Rafi', 'Cecep', 'Asep', 'Dadan', 'Iwan', 'Jajang', 'Kurnia', 'Lutfi', 'Maman', 'Nanang', 'Opik', 'Rendi', 'Tatang', 'Wawan', 'Yayan', 'Zaki', 'Hendra'],
  2: ['Ayu', 'Putri', 'Nisa', 'Rina', 'Euis', 'Lilis', 'Salsa', 'Nabila', 'Intan', 'Citra', 'Neng', 'Zahra', 'Aisyah', 'Bunga', 'Dian', 'Fitri', 'Gita', 'Hana', 'Imas', 'Jamilah', 'Kiki', 'Lina', 'Mira', 'Nurul', 'Oneng', 'Popon', 'Ratna', 'Siti'],
} as const;

const CHILDREN_PER_RW = 7;
const MONTHS_OF_HISTORY = 12;
/** Share of months a child is weighed: D/S near the 80% target, below it in the far RWs. */
const ATTENDANCE = { near: 0.85, far: 0.6 } as const;
const FAR_RWS: ReadonlySet<string> = new Set(['06', '07', '08']);
const KADER_OF: Readonly<Record<string, string>> = { 'psy-mawar': 'per-kader-ani', 'psy-melati': 'per-kader-wati' };

function gaussian(random: (max: number) => number): number {
  const u = (random(1_000_000) + 1) / 1_000_001;
  const v = (random(1_000_000) + 1) / 1_000_001;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function valueAt(table: GrowthTable, sex: 1 | 2, days: number, z: number): number | undefined {
  const lms = lmsAt(table, sex, days);
  return lms ? Math.round(valueAtZ(lms, z) * 10) / 10 : undefined;
}

/**
 * @example
 * demoArea(new Date('2026-03-09T02:00:00Z')).children.length; // 56
 */
export function demoArea(now: Date): DemoArea {
  const random = seededRandom(20_260_309);
  const today = DateTime.fromJSDate(now, { zone: 'Asia/Jakarta' }).startOf('day');
  const children: Child[] = [];
  const measurements: Measurement[] = [];
  for (const posyandu of demoPosyandu) {
    // Within one posyandu a name is given once, so the kader's lists name each child plainly.
    const free = { 1: [...NAMES[1]], 2: [...NAMES[2]] };
    const rule = demoSchedules.find((d) => d.posyanduId === posyandu._id)!.rule;
    for (const rw of posyandu.rws) {
      for (let n = 0; n < CHILDREN_PER_RW; n++) {
        const sex = (random(2) + 1) as 1 | 2;
        const names = free[sex];
        const id = `ch-area-${rw}-${n + 1}`;
        const born = today.minus({ days: 90 + random(1_680) });
        const registered = DateTime.max(born.plus({ days: 1 }), today.minus({ months: MONTHS_OF_HISTORY + 1 }));
        const child = {
          _id: id,
          code: `AR${rw}${String(n + 1).padStart(2, '0')}`,
          name: names.splice(random(names.length), 1)[0]!,
          sex,
          birthDate: born.toISODate()!,
          posyanduId: posyandu._id,
          kelurahanId: demoKelurahan._id,
          rw,
          caregiverIds: [],
          createdAt: registered.toJSDate(),
        };
        children.push(child);
        // Each child keeps a level with a slow drift; a few drift down into stunting or wasting.
        const weightZ = -0.5 + gaussian(random) * 0.8;
        const lengthZ = -1.2 + gaussian(random) * 0.9;
        const drift = random(6) === 0 ? -0.12 : (gaussian(random) * 0.03);
        const attendance = FAR_RWS.has(rw) ? ATTENDANCE.far : ATTENDANCE.near;
        const visits: ImportedVisit[] = [];
        for (let back = MONTHS_OF_HISTORY; back >= 1; back--) {
          // Weighed at the posyandu's session of that month (its routine day).
          const month = today.minus({ months: back });
          const date = ruleDateInMonth(rule, month.year, month.month);
          const days = ageInDays(child.birthDate, date) ?? -1;
          if (days < 30 || random(100) >= attendance * 100) continue;
          const step = MONTHS_OF_HISTORY - back;
          const weightKg = valueAt('wfa', sex, days, weightZ + drift * step);
          const lengthCm = valueAt('lhfa', sex, days, lengthZ + (drift / 2) * step);
          if (weightKg === undefined || lengthCm === undefined) continue;
          visits.push({ id: `ms-demo-area-${id}-${date}`, date, weightKg, lengthCm, measure: days < 731 ? 'L' : 'H', source: 'kader', recordedBy: KADER_OF[posyandu._id] ?? 'per-kader-ani' });
        }
        measurements.push(...importedHistory(child, visits, now));
      }
    }
  }
  return { children, measurements };
}
