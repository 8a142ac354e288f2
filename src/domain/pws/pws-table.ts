/**
 * The PWS table of one month: SKDN, nutrition counts and rates, alerts and Pusling per posyandu and
 * per RW. Pure sums over {@link ChildMonth} readings and the area's alerts and requests.
 */
import type { ChildMonth } from './child-month.js';
import { monthBounds, type MonthKey } from './month.js';

/** Targets for participation (D/S) and growth (N/D), in percent: rows below them are marked. */
export interface PwsTargets {
  D_S: number;
  N_D: number;
}

/** The usual posyandu targets (80 % each), the default of `PWS_TARGET_D_S` and `PWS_TARGET_N_D`. */
export const PWS_TARGETS: PwsTargets = { D_S: 80, N_D: 80 };

/** Where an alert or a Pusling request belongs. */
export interface PwsArea {
  posyanduId?: string;
  kelurahanId: string;
  rw: string;
}

/** An alert as PWS counts it: the day it opened (local) and whether it is still unresolved. */
export interface PwsAlert {
  area: PwsArea;
  openedOn: string;
  unresolved: boolean;
}

/** A Pusling request: the day it was asked for and the day of its visit once scheduled. */
export interface PwsPuslingRequest {
  area: PwsArea;
  requestedOn: string;
  visitOn: string | null;
}

/** Which group a row sums: one posyandu, or one RW of a kelurahan. */
export type PwsRowKey = { kind: 'posyandu'; posyanduId: string } | { kind: 'rw'; kelurahanId: string; rw: string };

export interface PwsFigures {
  S: number;
  K: number;
  D: number;
  N: number;
  /** T includes 2T; O not weighed last month; B first weighing. */
  T: number;
  O: number;
  B: number;
  /** Percent with one decimal; null when the denominator is zero. */
  D_S: number | null;
  N_D: number | null;
  /** Children with the index measured this month: the denominators of the rates. */
  measured: { waz: number; haz: number; whz: number };
  stunting: number;
  wasting: number;
  underweight: number;
  bgm: number;
  rates: { stunting: number | null; wasting: number | null; underweight: number | null; bgm: number | null };
  alerts: { new: number; open: number };
  pusling: { requests: number; visits: number };
}

export type PwsRow = PwsRowKey & PwsFigures;

/**
 * Percent with one decimal, or null without a denominator.
 *
 * @example
 * percent(2, 3); // 66.7
 */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function emptyCounts() {
  return { S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, measured: { waz: 0, haz: 0, whz: 0 }, stunting: 0, wasting: 0, underweight: 0, bgm: 0, alerts: { new: 0, open: 0 }, pusling: { requests: 0, visits: 0 } };
}
type Counts = ReturnType<typeof emptyCounts>;

function addChild(c: Counts, child: ChildMonth): void {
  c.S++;
  if (child.hasCard) c.K++;
  if (child.weighed) c.D++;
  if (child.kms === 'N') c.N++;
  if (child.kms === 'T' || child.kms === '2T') c.T++;
  if (child.kms === 'O') c.O++;
  if (child.kms === 'B') c.B++;
  for (const index of ['waz', 'haz', 'whz'] as const) if (child.measured[index]) c.measured[index]++;
  if (child.stunted) c.stunting++;
  if (child.wasted) c.wasting++;
  if (child.underweight) c.underweight++;
  if (child.bgm) c.bgm++;
}

function figures(c: Counts): PwsFigures {
  return {
    ...c,
    D_S: percent(c.D, c.S),
    N_D: percent(c.N, c.D),
    rates: { stunting: percent(c.stunting, c.measured.haz), wasting: percent(c.wasting, c.measured.whz), underweight: percent(c.underweight, c.measured.waz), bgm: percent(c.bgm, c.D) },
  };
}

/** What one month's table is built from, already limited to the reader's area. */
export interface PwsInput {
  month: MonthKey;
  /** The posyandu of the area, in the order rows are wanted (each gets a row, even an empty one). */
  posyanduIds: readonly string[];
  /** The RWs of the area, in order (each gets a row); RWs met on children are added after them. */
  rws: ReadonlyArray<{ kelurahanId: string; rw: string }>;
  children: readonly ChildMonth[];
  alerts: readonly PwsAlert[];
  pusling: readonly PwsPuslingRequest[];
}

export interface PwsTable {
  month: MonthKey;
  posyandu: Array<Extract<PwsRow, { kind: 'posyandu' }>>;
  rw: Array<Extract<PwsRow, { kind: 'rw' }>>;
  total: PwsFigures;
}

const rwKey = (kelurahanId: string, rw: string) => `${kelurahanId}|${rw}`;

/**
 * Sums one month per posyandu and per RW. A child counts at the posyandu it was read at (see
 * `childMonth`) and in its RW; children outside `posyanduIds` are left out. Alerts are new when
 * opened in the month and open when opened by its end and unresolved now; Pusling counts the
 * requests made in the month and the visits scheduled in it.
 *
 * @example
 * pwsTable({ month: '2026-03' as MonthKey, posyanduIds: ['p1'], rws: [], children: [], alerts: [], pusling: [] }).posyandu[0]?.D_S; // null
 */
export function pwsTable(input: PwsInput): PwsTable {
  const { first, last } = monthBounds(input.month);
  const inMonth = (day: string | null) => day !== null && day >= first && day <= last;
  const byPosyandu = new Map(input.posyanduIds.map((id) => [id, emptyCounts()]));
  const byRw = new Map<string, { kelurahanId: string; rw: string; counts: Counts }>();
  const rwOf = (kelurahanId: string, rw: string) => {
    const key = rwKey(kelurahanId, rw);
    const found = byRw.get(key) ?? { kelurahanId, rw, counts: emptyCounts() };
    byRw.set(key, found);
    return found.counts;
  };
  for (const { kelurahanId, rw } of input.rws) rwOf(kelurahanId, rw);
  const total = emptyCounts();

  for (const child of input.children) {
    const counts = byPosyandu.get(child.posyanduId);
    if (!counts) continue;
    addChild(counts, child);
    addChild(total, child);
    if (child.kelurahanId !== null && child.rw !== null) addChild(rwOf(child.kelurahanId, child.rw), child);
  }
  const groupsOf = (area: PwsArea): Counts[] => {
    const posyandu = area.posyanduId === undefined ? undefined : byPosyandu.get(area.posyanduId);
    const rw = byRw.get(rwKey(area.kelurahanId, area.rw))?.counts;
    return [posyandu, rw, total].filter((c): c is Counts => c !== undefined);
  };
  for (const alert of input.alerts) {
    for (const c of groupsOf(alert.area)) {
      if (inMonth(alert.openedOn)) c.alerts.new++;
      if (alert.unresolved && alert.openedOn <= last) c.alerts.open++;
    }
  }
  for (const request of input.pusling) {
    for (const c of groupsOf(request.area)) {
      if (inMonth(request.requestedOn)) c.pusling.requests++;
      if (inMonth(request.visitOn)) c.pusling.visits++;
    }
  }
  return {
    month: input.month,
    posyandu: [...byPosyandu].map(([posyanduId, c]) => ({ kind: 'posyandu' as const, posyanduId, ...figures(c) })),
    rw: [...byRw.values()].map(({ kelurahanId, rw, counts }) => ({ kind: 'rw' as const, kelurahanId, rw, ...figures(counts) })),
    total: figures(total),
  };
}
