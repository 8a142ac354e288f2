import { DateTime } from 'luxon';
import { childMonth, monthBounds, monthsEnding, parseMonth, pwsTable, PWS_TARGETS, type MonthKey, type PwsTargets, type PwsFigures, type PwsVisit } from '../../domain/pws/index.js';
import { AppError } from '../../shared/errors.js';
import type { ChildAccessLog } from '../ports.js';
import type { Child, Measurement, Person } from '../records.js';
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
    const { places, scope, children, visits, readings } = await this.read(person, month);
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
   * D/S and N/D of the reader's whole area for the 12 months ending with `month`, oldest first: the
   * trend under the table. Visits are read once, up to the last month's end.
   */
  async trend(person: Person, month: MonthKey): Promise<Array<{ month: MonthKey; D_S: number | null; N_D: number | null }>> {
    const { posyanduIds, children, visits } = await this.read(person, month);
    return monthsEnding(month, 12).map((m) => {
      const readings = children.flatMap((child) => childMonth(pwsChild(child, this.deps.timezone), (visits.get(child._id) ?? []).map(visitOf), m) ?? []);
      const { total } = pwsTable({ month: m, posyanduIds, rws: [], children: readings, alerts: [], pusling: [] });
      return { month: m, D_S: total.D_S, N_D: total.N_D };
    });
  }

  /** Everything one month's views are read from, limited to the reader's scope. */
  private async read(person: Person, month: MonthKey) {
    const places = await this.deps.source.places();
    const scope = scopeOf(person, places);
    const { last } = monthBounds(month);
    const posyanduIds = scope.posyandu.map((p) => p._id);
    const { source, timezone } = this.deps;
    const children = await source.children(posyanduIds);
    const visits = groupBy(await source.visits(children.map((c) => c._id), last), (m) => m.childId);
    const readings = children.flatMap((child) => childMonth(pwsChild(child, timezone), (visits.get(child._id) ?? []).map(visitOf), month) ?? []);
    return { places, scope, posyanduIds, children, visits, readings };
  }

  async monthTable(person: Person, monthText: string | undefined, now: Date): Promise<PwsView> {
    const month = this.month(monthText, now);
    const { places, scope, posyanduIds, readings } = await this.read(person, month);
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
    };
  }
}

/** A child as PWS reads it: registered on the local day of its record's creation. */
export function pwsChild(child: Child, timezone: string) {
  return { id: child._id, sex: child.sex, birthDate: child.birthDate, posyanduId: child.posyanduId, kelurahanId: child.kelurahanId, rw: child.rw, registeredOn: localDay(child.createdAt, timezone) };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
