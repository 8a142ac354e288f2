/**
 * One child's place in one month's SKDN: counted in S, K, D, N, and which Permenkes 2/2020
 * categories the month's measurements put them in. Pure; the caller loads the child and its visits.
 */
import { assessAnthropometry, classifyHaz, classifyWaz, classifyWhz, completedMonths, kmsHistory, type KmsEntry, type KmsStatus, type Measure, type Sex } from '../growth/index.js';
import { monthBounds, type MonthKey } from './month.js';

/** A child as PWS needs it: no name, no caregiver. */
export interface PwsChild {
  id: string;
  sex: Sex;
  birthDate: string;
  /** Where the child is registered now. */
  posyanduId: string | null;
  kelurahanId: string | null;
  rw: string | null;
  /** The local day the child was registered with the bot, `YYYY-MM-DD`. */
  registeredOn: string;
}

/** One stored (not superseded) visit. */
export interface PwsVisit {
  date: string;
  /** Where the visit was recorded (a child who moved posyandu is weighed at the new one). */
  posyanduId: string | null;
  weightKg: number | null;
  lengthCm: number | null;
  measure: Measure | null;
  oedema: boolean;
}

/** What one child adds to one month's table. */
export interface ChildMonth {
  childId: string;
  posyanduId: string;
  kelurahanId: string | null;
  rw: string | null;
  /** K: the child has a growth record (at least one weighing) by the end of the month. */
  hasCard: boolean;
  /** D: weighed in the month. */
  weighed: boolean;
  /** The KMS reading of the month's weighing (N, T, 2T, O or B), absent when not weighed. */
  kms?: KmsStatus;
  /** Which indices were measured this month, so rates have their own denominators. */
  measured: { waz: boolean; haz: boolean; whz: boolean };
  stunted: boolean;
  wasted: boolean;
  underweight: boolean;
  /** Below the KMS red line (2-decimal WAZ < −3), as the KMS reading says. */
  bgm: boolean;
}

/** Under-fives: Permenkes tables, the KMS and SKDN stop at 60 months. */
const UNDER_FIVE_MONTHS = 60;

/** The Permenkes 2/2020 categories each PWS count takes in (moderate and severe together). */
const STUNTED: ReadonlySet<string> = new Set(['stunted', 'severely_stunted']);
const WASTED: ReadonlySet<string> = new Set(['wasted', 'severely_wasted']);
const UNDERWEIGHT: ReadonlySet<string> = new Set(['underweight', 'severely_underweight']);

/** WHO's convention when the position was not recorded: lying under two years, standing after. */
function measureOf(child: PwsChild, visit: PwsVisit): Measure {
  return visit.measure ?? ((completedMonths(child.birthDate, visit.date) ?? 0) < 24 ? 'L' : 'H');
}

/** S: born by the month's end, not yet five on its first day, and registered (or weighed) by its end. */
function inS(child: PwsChild, visits: readonly PwsVisit[], first: string, last: string): boolean {
  if (child.birthDate > last) return false;
  const ageAtStart = child.birthDate > first ? 0 : (completedMonths(child.birthDate, first) ?? UNDER_FIVE_MONTHS);
  if (ageAtStart >= UNDER_FIVE_MONTHS) return false;
  return child.registeredOn <= last || visits.some((v) => v.date <= last);
}

/** The last visit of the month whose assessment has the index, or undefined. */
function lastWith<T>(values: ReadonlyArray<T | undefined>): T | undefined {
  return values.filter((v): v is T => v !== undefined).at(-1);
}

/**
 * Reads one child for `month`, or `undefined` when the child is not in S (not born yet, five or
 * older, registered later) or belongs to no posyandu. The child counts at the posyandu of the month's
 * last visit (it moved there), else at its registered posyandu. A child measured twice in the month
 * counts once; the last weighing is the month's (as on the KMS), and each category is read from the
 * month's last visit that measured it.
 *
 * @example
 * childMonth({ id: 'c1', sex: 1, birthDate: '2025-01-10', posyanduId: 'p1', kelurahanId: 'k1', rw: '03', registeredOn: '2025-02-01' },
 *   [{ date: '2026-02-10', posyanduId: 'p1', weightKg: 9.0, lengthCm: null, measure: null, oedema: false },
 *    { date: '2026-03-10', posyanduId: 'p1', weightKg: 9.3, lengthCm: null, measure: null, oedema: false }], '2026-03' as MonthKey)?.kms; // 'N'
 */
export function childMonth(child: PwsChild, visits: readonly PwsVisit[], month: MonthKey): ChildMonth | undefined {
  return childMonths(child, visits, [month])[0];
}

/**
 * `childMonth` for several months at once (a trend): each visit is assessed and the KMS read once for
 * all of them, not once per month. One entry per month asked, in the same order.
 *
 * @example
 * childMonths(child, visits, ['2026-02', '2026-03'] as MonthKey[]).map((m) => m?.kms); // ['B', 'N']
 */
export function childMonths(child: PwsChild, visits: readonly PwsVisit[], months: readonly MonthKey[]): Array<ChildMonth | undefined> {
  const sorted = [...visits].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const assessedChild = assess(child, sorted);
  return months.map((month) => readMonth(child, assessedChild, month));
}

interface AssessedVisit {
  visit: PwsVisit;
  /** The visit's rounded z-scores where the under-five standard has Permenkes categories. */
  z: { waz?: number; haz?: number; whz?: number };
}

/** Every visit scored once, and the KMS read over all weighings (each entry only looks back). */
function assess(child: PwsChild, sorted: readonly PwsVisit[]): { visits: AssessedVisit[]; kms: KmsEntry[] } {
  const visits = sorted.map((v) => {
    const result = assessAnthropometry({
      sex: child.sex,
      birthDate: child.birthDate,
      visitDate: v.date,
      oedema: v.oedema,
      ...(v.weightKg === null ? {} : { weightKg: v.weightKg }),
      ...(v.lengthCm === null ? {} : { lenheiCm: v.lengthCm, measure: measureOf(child, v) }),
    });
    // Only the under-five standard has Permenkes BB/U, TB/U and BB/TB categories.
    return { visit: v, z: result.standard === 'who2006' ? result.zRounded : {} };
  });
  const weighings = sorted.flatMap((v) => (v.weightKg === null ? [] : [{ date: v.date, weightKg: v.weightKg }]));
  return { visits, kms: kmsHistory(child, weighings) };
}

function readMonth(child: PwsChild, assessed: { visits: readonly AssessedVisit[]; kms: readonly KmsEntry[] }, month: MonthKey): ChildMonth | undefined {
  const { first, last } = monthBounds(month);
  const sorted = assessed.visits.map((a) => a.visit);
  if (!inS(child, sorted, first, last)) return undefined;
  const inMonth = assessed.visits.filter((a) => a.visit.date >= first && a.visit.date <= last);
  const posyanduId = inMonth.map((a) => a.visit.posyanduId).filter((p): p is string => p !== null).at(-1) ?? child.posyanduId;
  if (posyanduId === null) return undefined;

  // The KMS keeps one weighing per calendar month, so its entries up to the month's end are those of
  // the weighings up to it.
  const upToEnd = assessed.kms.filter((e) => e.date <= last);
  const entry = upToEnd.at(-1);
  const weighedNow = entry !== undefined && entry.date >= first;
  // Oedema: WHO counts the child as severely wasted and underweight (no weight-based z exists).
  const oedema = inMonth.some((a) => a.visit.oedema && a.visit.weightKg !== null);
  const waz = lastWith(inMonth.map((a) => a.z.waz));
  const haz = lastWith(inMonth.map((a) => a.z.haz));
  const whz = lastWith(inMonth.map((a) => a.z.whz));
  return {
    childId: child.id,
    posyanduId,
    kelurahanId: child.kelurahanId,
    rw: child.rw,
    hasCard: upToEnd.length > 0,
    weighed: weighedNow,
    ...(weighedNow && entry.status ? { kms: entry.status } : {}),
    measured: { waz: waz !== undefined || oedema, haz: haz !== undefined, whz: whz !== undefined || oedema },
    stunted: haz !== undefined && STUNTED.has(classifyHaz(haz)),
    wasted: oedema || (whz !== undefined && WASTED.has(classifyWhz(whz))),
    underweight: oedema || (waz !== undefined && UNDERWEIGHT.has(classifyWaz(waz))),
    bgm: weighedNow && entry.bgm,
  };
}
