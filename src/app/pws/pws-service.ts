import { DateTime } from 'luxon';
import { childMonths, monthBounds, monthsEnding, parseMonth, pwsTable, PWS_TARGETS, type ChildMonth, type MonthKey, type PwsTargets, type PwsFigures, type PwsVisit } from '../../domain/pws/index.js';
import { AppError } from '../../shared/errors.js';
import type { ChildAccessLog } from '../children/child-access.js';
import type { Child, Measurement } from '../children/child-records.js';
import type { Person } from '../registry/registry-records.js';
import { ilpView, type IlpView } from './ilp-view.js';
import { scopeOf, type PwsScope } from './pws-scope.js';
import type { PwsSource } from './pws-source.js';

/** A child in S not weighed in the month: whom the kader sweeps (visits at home) before the month ends. */
export interface SweepItem {
  childId: string;
  name: string;
  posyanduId: string;
  posyanduName: string;
  rw: string | null;
  /** The last weighing by the month's end, `YYYY-MM-DD`, or null for a child never weighed. */
  lastWeighedOn: string | null;
}

/**
 * The reader's area as read once for a page: its children, their visits up to the month's end, and
 * each child's reading of the month (undefined when not in S). The lists reuse it instead of reading again.
 */
export interface PwsArea {
  month: MonthKey;
  children: Child[];
  visits: Map<string, Measurement[]>;
  readings: Map<string, ChildMonth | undefined>;
}

/** One month of the trend under the table. */
export type PwsTrendPoint = { month: MonthKey; D_S: number | null; N_D: number | null };

export type PosyanduRow = PwsFigures & { posyanduId: string; name: string; kelurahanId: string };
export type RwRow = PwsFigures & { kelurahanId: string; kelurahanName: string; rw: string };

/** The month's table as the API and the page give it: one source for both. */
export interface PwsView {
  month: MonthKey;
  role: Person['role'];
  /** Whether this reader may see children's names (not a lurah). */
  names: boolean;
  targets: PwsTargets;
  posyandu: PosyanduRow[];
  rw: RwRow[];
  total: PwsFigures;
  /** ILP beside the SKDN: adult screenings and immunisation, counts only (`ilp-view.ts`). */
  ilp: IlpView;
}

const localDay = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toISODate() ?? '';

function visitOf(m: Measurement): PwsVisit {
  return { date: m.date, posyanduId: m.posyanduId, weightKg: m.weightKg, lengthCm: m.lengthCm, measure: m.measure, oedema: m.oedema };
}

/**
 * Reads the PWS table of a month for a signed-in staff member, scoped by their registry entry.
 * Aggregates only: no child's name or id leaves this service.
 *
 * @example
 * const view = await pws.monthTable(kaderAni, '2026-03', now);
 * view.posyandu[0]; // { posyanduId: 'psy-mawar', name: 'Posyandu Mawar', S: 4, K: 4, D: 3, N: 2, D_S: 75, N_D: 66.7, … }
 */
export class PwsService {
  constructor(private readonly deps: { source: PwsSource; timezone: string; childAccess: Pick<ChildAccessLog, 'record'>; /** Defaults to 80 % each. */ targets?: PwsTargets }) {}

  /** The month asked for, or this month (local) when none; a clear VALIDATION_FAILED otherwise. */
  month(text: string | undefined, now: Date): MonthKey {
    if (text === undefined || text === '') return DateTime.fromJSDate(now, { zone: this.deps.timezone }).toFormat('yyyy-MM') as MonthKey;
    const month = parseMonth(text);
    if (!month) throw new AppError('VALIDATION_FAILED', 'month must be a month written YYYY-MM, e.g. 2026-03.', { month: text.slice(0, 20) });
    return month;
  }

  async scope(person: Person): Promise<PwsScope> {
    return scopeOf(person, await this.deps.source.places());
  }

  /**
   * The sweeping list: children in S at the reader's posyandu not weighed in the month, by posyandu,
   * RW and name. Names are child-level data: a lurah is refused (aggregates only), and every child
   * listed is written to the staff access log.
   */
  async sweepingList(person: Person, monthText: string | undefined, now: Date): Promise<{ month: MonthKey; items: SweepItem[] }> {
    const month = this.month(monthText, now);
    const { places, scope, children, visits } = await this.read(person, month);
    const readings = [...monthReadings(children, visits, [month], this.deps.timezone)[0]!.values()].flatMap((r) => r ?? []);
    if (!scope.names) throw new AppError('FORBIDDEN', 'A lurah sees aggregates only (no child names); ask the kader or the puskesmas for the list.', { role: person.role });
    const byId = new Map(children.map((c) => [c._id, c]));
    const posyanduName = new Map(places.posyandu.map((p) => [p._id, p.name]));
    const items = readings
      .filter((r) => !r.weighed && posyanduName.has(r.posyanduId) && scope.posyandu.some((p) => p._id === r.posyanduId))
      .map((r) => ({
        childId: r.childId,
        name: byId.get(r.childId)?.name ?? '',
        posyanduId: r.posyanduId,
        posyanduName: posyanduName.get(r.posyanduId) ?? r.posyanduId,
        rw: r.rw,
        lastWeighedOn: (visits.get(r.childId) ?? []).filter((m) => m.weightKg !== null).at(-1)?.date ?? null,
      }))
      .sort((a, b) => a.posyanduName.localeCompare(b.posyanduName) || (a.rw ?? '').localeCompare(b.rw ?? '') || a.name.localeCompare(b.name) || a.childId.localeCompare(b.childId));
    await this.deps.childAccess.record(items.map((i) => ({ at: now, staffId: person._id, role: person.role, action: 'child.list', childId: i.childId, via: 'api' })));
    return { month, items };
  }

  /**
   * The page's figures from one read of the area: the month's table and the trend of D/S and N/D
   * over the 12 months ending with it share the children, their visits and each child's assessment. `area` is for the lists under them.
   *
   * @example
   * const { view, trend, area } = await pws.page(kaderAni, '2026-03', now);
   */
  async page(person: Person, monthText: string | undefined, now: Date): Promise<{ view: PwsView; trend: PwsTrendPoint[]; area: PwsArea }> {
    const month = this.month(monthText, now);
    const read = await this.read(person, month);
    const months = monthsEnding(month, 12);
    const byMonth = monthReadings(read.children, read.visits, months, this.deps.timezone);
    const readings = byMonth.at(-1)!;
    const view = await this.tableOf(person, month, read, [...readings.values()].flatMap((r) => r ?? []));
    return { view, trend: trendOf(months, byMonth, read.posyanduIds), area: { month, children: read.children, visits: read.visits, readings } };
  }

  /** Everything one month's views are read from, limited to the reader's scope. */
  private async read(person: Person, month: MonthKey) {
    const places = await this.deps.source.places();
    const scope = scopeOf(person, places);
    const { last } = monthBounds(month);
    const posyanduIds = scope.posyandu.map((p) => p._id);
    const { source } = this.deps;
    const children = await source.children(posyanduIds);
    const visits = groupBy(await source.visits(children.map((c) => c._id), last), (m) => m.childId);
    return { places, scope, posyanduIds, children, visits };
  }

  async monthTable(person: Person, monthText: string | undefined, now: Date): Promise<PwsView> {
    const month = this.month(monthText, now);
    const read = await this.read(person, month);
    const readings = monthReadings(read.children, read.visits, [month], this.deps.timezone)[0]!;
    return this.tableOf(person, month, read, [...readings.values()].flatMap((r) => r ?? []));
  }

  private async tableOf(person: Person, month: MonthKey, { places, scope, posyanduIds, children }: Pick<Awaited<ReturnType<PwsService['read']>>, 'places' | 'scope' | 'posyanduIds' | 'children'>, readings: ChildMonth[]): Promise<PwsView> {
    const { source, timezone } = this.deps;
    const kelurahanIds = [...new Set([...scope.posyandu.map((p) => p.kelurahanId), ...scope.rws.map((r) => r.kelurahanId)])];
    const alerts = (await source.alerts(kelurahanIds)).filter((a) => scope.covers(a.area));
    const pusling = (await source.pusling(kelurahanIds)).filter((r) => scope.covers(r.request.area));
    const table = pwsTable({
      month,
      posyanduIds,
      rws: scope.rws,
      children: readings,
      alerts: alerts.map((a) => ({ area: a.area, openedOn: localDay(a.openedAt, timezone), unresolved: a.state !== 'resolved' })),
      pusling: pusling.map(({ request }) => ({ area: request.area, requestedOn: localDay(request.requestedAt, timezone), visitOn: request.state === 'scheduled' ? (request.schedule?.date ?? null) : null })),
    });
    const posyanduById = new Map(places.posyandu.map((p) => [p._id, p]));
    const kelurahanById = new Map(places.kelurahan.map((k) => [k._id, k]));
    return {
      month,
      role: person.role,
      names: scope.names,
      targets: this.deps.targets ?? PWS_TARGETS,
      posyandu: table.posyandu.map(({ kind: _kind, posyanduId, ...figures }) => ({ posyanduId, name: posyanduById.get(posyanduId)?.name ?? posyanduId, kelurahanId: posyanduById.get(posyanduId)?.kelurahanId ?? '', ...figures })),
      rw: table.rw.map(({ kind: _kind, kelurahanId, rw, ...figures }) => ({ kelurahanId, kelurahanName: kelurahanById.get(kelurahanId)?.name ?? kelurahanId, rw, ...figures })),
      total: table.total,
      ilp: await ilpView(source, { month, scope, places, children, readings }),
    };
  }
}

/** A child as PWS reads it: registered on the local day of its record's creation. */
export function pwsChild(child: Child, timezone: string) {
  return { id: child._id, sex: child.sex, birthDate: child.birthDate, posyanduId: child.posyanduId, kelurahanId: child.kelurahanId, rw: child.rw, registeredOn: localDay(child.createdAt, timezone) };
}

/** Each child's reading of each month (one map per month, by child id), every visit assessed once. */
function monthReadings(children: readonly Child[], visits: ReadonlyMap<string, Measurement[]>, months: readonly MonthKey[], timezone: string): Array<Map<string, ChildMonth | undefined>> {
  const byMonth = months.map(() => new Map<string, ChildMonth | undefined>());
  for (const child of children) {
    childMonths(pwsChild(child, timezone), (visits.get(child._id) ?? []).map(visitOf), months).forEach((reading, i) => byMonth[i]!.set(child._id, reading));
  }
  return byMonth;
}

function trendOf(months: readonly MonthKey[], byMonth: ReadonlyArray<ReadonlyMap<string, ChildMonth | undefined>>, posyanduIds: readonly string[]): PwsTrendPoint[] {
  return months.map((m, i) => {
    const { total } = pwsTable({ month: m, posyanduIds, rws: [], children: [...byMonth[i]!.values()].flatMap((r) => r ?? []), alerts: [], pusling: [] });
    return { month: m, D_S: total.D_S, N_D: total.N_D };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
