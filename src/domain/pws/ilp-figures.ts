/**
 * The ILP figures of one month beside the SKDN: adult and elderly screenings, and the immunisation of
 * the month's under-fives, per posyandu and per RW. Pure sums; counts only, no one is named.
 */
import { capsuleForAge, dosesFor, inForce, itemKey, receivedDoses, type DoseRecord } from '../immunisation/index.js';
import type { ScreeningFinding, ScreeningOutcome } from '../screening/index.js';
import { monthBounds, type MonthKey } from './month.js';

/** A screening as PWS counts it: where (the person's RW when their chat gave one), when, what it found. */
export interface IlpScreening {
  posyanduId: string;
  kelurahanId: string | null;
  rw: string | null;
  /** The session day, `YYYY-MM-DD`. */
  date: string;
  findings: readonly ScreeningFinding[];
  outcome: ScreeningOutcome;
  /** The follow-up is open now. */
  followUpOpen: boolean;
}

/** A child of the month's S (where `childMonth` counted it), with its birth date and dose records. */
export interface IlpChild {
  posyanduId: string;
  kelurahanId: string | null;
  rw: string | null;
  birthDate: string;
  records: readonly DoseRecord[];
}

export interface IlpFigures {
  screening: {
    /** Screenings recorded in the month (a person screened twice counts twice: two sessions). */
    screened: number;
    /** Blood pressure from 140/90 mmHg, crisis included. */
    hypertension: number;
    /** Sugar in the diabetes range. */
    highSugar: number;
    /** BMI ≥ 25 (Asia-Pacific obese class). */
    obesity: number;
    referred: number;
    /** Follow-ups of screenings by the month's end still open now. */
    followUpsOpen: number;
  };
  immunisation: {
    /** The month's under-fives (S). */
    children: number;
    /** No dose of the routine schedule late at the month's end, by the records. */
    fullForAge: number;
    /** Children with a late dose at the month's end, and how many doses are late in all. */
    withLateDoses: number;
    lateDoses: number;
    /** The vitamin A round this month belongs to (February or August, the latest by this month). */
    vitaminA: { round: MonthKey; eligible: number; given: number };
  };
}

export type IlpRowKey = { kind: 'posyandu'; posyanduId: string } | { kind: 'rw'; kelurahanId: string; rw: string };
export type IlpRow = IlpRowKey & IlpFigures;

export interface IlpInput {
  month: MonthKey;
  posyanduIds: readonly string[];
  rws: ReadonlyArray<{ kelurahanId: string; rw: string }>;
  screenings: readonly IlpScreening[];
  children: readonly IlpChild[];
}

export interface IlpTable {
  month: MonthKey;
  posyandu: Array<Extract<IlpRow, { kind: 'posyandu' }>>;
  rw: Array<Extract<IlpRow, { kind: 'rw' }>>;
  total: IlpFigures;
}

const HYPERTENSION: ReadonlySet<ScreeningFinding> = new Set(['hypertension', 'bp_crisis']);

/**
 * The vitamin A round of a month: February for February–July, August for August–January.
 *
 * @example
 * vitaminARound('2026-03' as MonthKey); // '2026-02'
 * vitaminARound('2026-01' as MonthKey); // '2025-08'
 */
export function vitaminARound(month: MonthKey): MonthKey {
  const [year, m] = month.split('-').map(Number) as [number, number];
  if (m >= 8) return `${String(year)}-08` as MonthKey;
  if (m >= 2) return `${String(year)}-02` as MonthKey;
  return `${String(year - 1)}-08` as MonthKey;
}

function empty(round: MonthKey): IlpFigures {
  return {
    screening: { screened: 0, hypertension: 0, highSugar: 0, obesity: 0, referred: 0, followUpsOpen: 0 },
    immunisation: { children: 0, fullForAge: 0, withLateDoses: 0, lateDoses: 0, vitaminA: { round, eligible: 0, given: 0 } },
  };
}

/** What one child adds: late doses at the month's end, and its place in the round's vitamin A. */
function readChild(child: IlpChild, last: string, round: MonthKey) {
  const known = child.records.filter((r) => r.givenOn <= last);
  const late = dosesFor(child.birthDate, last, receivedDoses(known)).filter((d) => d.status === 'late').length;
  const roundLast = monthBounds(round).last;
  const eligible = capsuleForAge(child.birthDate, roundLast) !== null;
  const roundKey = itemKey({ kind: 'vitamin_a', capsule: 'red' }, roundLast);
  const given = eligible && inForce(known).some((r) => r.item.kind === 'vitamin_a' && itemKey(r.item, r.givenOn) === roundKey);
  return { late, eligible, given };
}

/**
 * Sums one month's ILP figures per posyandu and per RW. A screening counts in the month of its
 * session; its follow-up counts as open when the screening was by the month's end and is open now.
 * A child counts where its SKDN reading put it. Doses given after the month's end are not counted.
 *
 * @example
 * ilpTable({ month: '2026-03' as MonthKey, posyanduIds: ['p1'], rws: [], screenings: [], children: [] }).total.screening.screened; // 0
 */
export function ilpTable(input: IlpInput): IlpTable {
  const { first, last } = monthBounds(input.month);
  const round = vitaminARound(input.month);
  const byPosyandu = new Map(input.posyanduIds.map((id) => [id, empty(round)]));
  const byRw = new Map<string, { kelurahanId: string; rw: string; figures: IlpFigures }>();
  const rwOf = (kelurahanId: string, rw: string) => {
    const key = `${kelurahanId}|${rw}`;
    const found = byRw.get(key) ?? { kelurahanId, rw, figures: empty(round) };
    byRw.set(key, found);
    return found.figures;
  };
  for (const { kelurahanId, rw } of input.rws) rwOf(kelurahanId, rw);
  const total = empty(round);
  const groupsOf = (place: { posyanduId: string; kelurahanId: string | null; rw: string | null }): IlpFigures[] | null => {
    const posyandu = byPosyandu.get(place.posyanduId);
    if (!posyandu) return null;
    return [posyandu, total, ...(place.kelurahanId !== null && place.rw !== null ? [rwOf(place.kelurahanId, place.rw)] : [])];
  };

  for (const s of input.screenings) {
    if (s.date > last) continue;
    for (const f of groupsOf(s) ?? []) {
      if (s.followUpOpen) f.screening.followUpsOpen++;
      if (s.date < first) continue;
      f.screening.screened++;
      if (s.findings.some((x) => HYPERTENSION.has(x))) f.screening.hypertension++;
      if (s.findings.includes('sugar_high')) f.screening.highSugar++;
      if (s.findings.includes('bmi_obese')) f.screening.obesity++;
      if (s.outcome === 'refer') f.screening.referred++;
    }
  }
  for (const child of input.children) {
    const groups = groupsOf(child);
    if (!groups) continue;
    const { late, eligible, given } = readChild(child, last, round);
    for (const { immunisation: i } of groups) {
      i.children++;
      if (late === 0) i.fullForAge++;
      else i.withLateDoses++;
      i.lateDoses += late;
      if (eligible) i.vitaminA.eligible++;
      if (given) i.vitaminA.given++;
    }
  }
  return {
    month: input.month,
    posyandu: [...byPosyandu].map(([posyanduId, f]) => ({ kind: 'posyandu' as const, posyanduId, ...f })),
    rw: [...byRw.values()].map(({ kelurahanId, rw, figures }) => ({ kind: 'rw' as const, kelurahanId, rw, ...figures })),
    total,
  };
}
