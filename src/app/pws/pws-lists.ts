import { DateTime } from 'luxon';
import { childMonth, monthBounds, type ChildMonth, type MonthKey } from '../../domain/pws/index.js';
import { AppError } from '../../shared/errors.js';
import type { ChildAccessLog } from '../children/child-access.js';
import type { AlertRecord } from '../escalation/escalation-records.js';
import type { Child, Measurement } from '../children/child-records.js';
import type { Person } from '../registry/registry-records.js';
import { scopeOf, type PwsScope } from './pws-scope.js';
import { pwsChild, type PwsArea, type PwsService } from './pws-service.js';
import type { PwsSource } from './pws-source.js';

/** The categories a child is flagged for in the month (Permenkes 2/2020, moderate and severe together). */
export type FlagCategory = 'stunting' | 'wasting' | 'underweight' | 'bgm';

/** The follow-up of a child's most urgent unresolved alert: who must act, and by when. */
export interface FollowUp {
  alertId: string;
  condition: string;
  state: AlertRecord['state'];
  level: AlertRecord['level'];
  ackDueAt: string | null;
}

export interface FlaggedChild {
  childId: string;
  name: string;
  posyanduId: string;
  rw: string | null;
  categories: FlagCategory[];
  followUp: FollowUp | null;
}

export interface OpenAlertItem extends FollowUp {
  childId: string;
  name: string;
  severity: string;
  openedAt: string;
  /** Past its acknowledge deadline at the time of reading. */
  overdue: boolean;
}

export interface PuslingItem {
  requestId: string;
  kelurahanId: string;
  rw: string;
  state: string;
  requestedOn: string;
  visitOn: string | null;
}

/** The lists to act on for one month: flagged children, open alerts, Pusling requests and visits. */
export interface ActionLists {
  month: MonthKey;
  flagged: FlaggedChild[];
  alerts: OpenAlertItem[];
  pusling: PuslingItem[];
}

/** What a lurah may see of the lists: per RW, counts and deadlines, no name and no child id. */
export interface RwActionCounts {
  kelurahanId: string;
  rw: string;
  openAlerts: number;
  overdueAlerts: number;
  /** The earliest acknowledge deadline of the RW's open alerts (ISO), or null. */
  nextDeadline: string | null;
  /** Children in S of the month at the RW not weighed in it (the sweeping list's size, no names). */
  notWeighed: number;
  puslingRequests: number;
  /** The next scheduled Pusling visit (YYYY-MM-DD), or null. */
  nextVisit: string | null;
}

/** One visit on the child's page: what was measured, the z-scores and categories computed at the time. */
export interface ChildVisit {
  date: string;
  weightKg: number | null;
  lengthCm: number | null;
  headCm: number | null;
  armCm: number | null;
  z: Record<string, number>;
  categories: Record<string, string>;
  kms: string | null;
}

export interface ChildPage {
  child: Pick<Child, 'sex' | 'birthDate' | 'rw' | 'posyanduId'> & { childId: string; name: string };
  visits: ChildVisit[];
}

const LEVEL_ORDER = ['lurah', 'puskesmas', 'kader'];
const dayOf = (at: Date, zone: string) => DateTime.fromJSDate(at, { zone }).toISODate() ?? '';

function followUpOf(alert: AlertRecord): FollowUp {
  return { alertId: alert.id, condition: alert.condition, state: alert.state, level: alert.level, ackDueAt: alert.ackDueAt?.toISOString() ?? null };
}

/** The most urgent of a child's alerts: the highest level, then the earliest deadline. */
function mostUrgent(alerts: readonly AlertRecord[]): AlertRecord | undefined {
  return [...alerts].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || (a.ackDueAt?.getTime() ?? Infinity) - (b.ackDueAt?.getTime() ?? Infinity))[0];
}

/**
 * The named views of the PWS: lists to act on and a child's page. Names are child-level data: a
 * lurah is refused (aggregates only), a child outside the reader's area is not found, and every
 * child shown is written to the staff access log (UU PDP).
 *
 * @example
 * const lists = await pwsLists.lists(kaderAni, '2026-03', now);
 * lists.flagged[0]; // { childId: 'ch-budi', name: 'Budi', categories: ['stunting'], followUp: { state: 'open', … } }
 */
export class PwsLists {
  constructor(private readonly deps: { source: PwsSource; months: Pick<PwsService, 'month'>; timezone: string; childAccess: Pick<ChildAccessLog, 'record'> }) {}

  private async namedScope(person: Person): Promise<PwsScope> {
    const scope = scopeOf(person, await this.deps.source.places());
    if (!scope.names) throw new AppError('FORBIDDEN', 'A lurah sees aggregates only (no child names); ask the kader or the puskesmas for the list.', { role: person.role });
    return scope;
  }

  private async logged(person: Person, action: string, childIds: readonly string[], now: Date): Promise<void> {
    await this.deps.childAccess.record([...new Set(childIds)].map((childId) => ({ at: now, staffId: person._id, role: person.role, action, childId, via: 'api' as const })));
  }

  /**
   * Each child of the reader's posyandu with its reading of the month (undefined when not in S), from
   * the page's own read when given (`PwsService.page`), so the lists do not read and assess again.
   */
  private async monthOf(posyanduIds: readonly string[], month: MonthKey, area?: PwsArea): Promise<{ children: Child[]; readingOf: (child: Child) => ChildMonth | undefined }> {
    const { source, timezone } = this.deps;
    const children = (area?.children ?? (await source.children(posyanduIds))).filter((c) => c.posyanduId != null && posyanduIds.includes(c.posyanduId));
    const visits = area?.visits ?? groupBy(await source.visits(children.map((c) => c._id), monthBounds(month).last));
    const readingOf = (child: Child) => (area ? area.readings.get(child._id) : childMonth(pwsChild(child, timezone), (visits.get(child._id) ?? []).map(visitOf), month));
    return { children, readingOf };
  }

  /**
   * The lists for a lurah: per RW of their kelurahan, open alerts with the nearest deadline, children
   * not weighed in the month (counted as the sweeping list would list them), Pusling requests with the
   * nearest visit. Nothing names a child or carries its id, so nothing is logged. `area`: see `lists`.
   *
   * @example
   * (await pwsLists.rwCounts(lurah, '2026-03', now)).rws[0]; // { rw: '03', openAlerts: 1, overdueAlerts: 1, notWeighed: 2, … }
   */
  async rwCounts(person: Person, monthText: string | undefined, now: Date, area?: PwsArea): Promise<{ month: MonthKey; rws: RwActionCounts[] }> {
    const month = area?.month ?? this.deps.months.month(monthText, now);
    const scope = scopeOf(person, await this.deps.source.places());
    const posyanduIds = scope.posyandu.map((p) => p._id);
    const { children, readingOf } = await this.monthOf(posyanduIds, month, area);
    // As the sweeping list: in S, not weighed, read at a posyandu of the area.
    const unweighed = children.flatMap((child) => {
      const reading = readingOf(child);
      return reading && !reading.weighed && posyanduIds.includes(reading.posyanduId) ? [reading] : [];
    });
    const kelurahanIds = [...new Set(scope.posyandu.map((p) => p.kelurahanId).concat(scope.rws.map((r) => r.kelurahanId)))];
    const alerts = (await this.deps.source.unresolvedAlerts(kelurahanIds)).filter((a) => scope.covers(a.area));
    const pusling = (await this.deps.source.pusling(kelurahanIds)).filter(({ request }) => scope.covers(request.area) && request.state !== 'merged');
    const rws = scope.rws.map(({ kelurahanId, rw }) => {
      const here = <T extends { kelurahanId: string; rw: string | null }>(area: T) => area.kelurahanId === kelurahanId && area.rw === rw;
      const open = alerts.filter((a) => here(a.area));
      const requests = pusling.filter(({ request }) => here(request.area));
      const deadlines = open.flatMap((a) => a.ackDueAt ?? []).sort((a, b) => a.getTime() - b.getTime());
      const visits = requests.flatMap(({ request }) => (request.state === 'scheduled' && request.schedule?.date ? [request.schedule.date] : [])).sort();
      return {
        kelurahanId,
        rw,
        openAlerts: open.length,
        overdueAlerts: deadlines.filter((d) => d.getTime() <= now.getTime()).length,
        nextDeadline: deadlines[0]?.toISOString() ?? null,
        notWeighed: unweighed.filter((r) => r.kelurahanId === kelurahanId && r.rw === rw).length,
        puslingRequests: requests.length,
        nextVisit: visits[0] ?? null,
      };
    });
    return { month, rws };
  }

  /** `area`: the page's own read of the month (`PwsService.page`), so the lists do not read and assess again. */
  async lists(person: Person, monthText: string | undefined, now: Date, area?: PwsArea): Promise<ActionLists> {
    const month = area?.month ?? this.deps.months.month(monthText, now);
    const scope = await this.namedScope(person);
    const { source, timezone } = this.deps;
    const { children, readingOf } = await this.monthOf(scope.posyandu.map((p) => p._id), month, area);
    const byId = new Map(children.map((c) => [c._id, c]));
    const kelurahanIds = [...new Set(scope.posyandu.map((p) => p.kelurahanId).concat(scope.rws.map((r) => r.kelurahanId)))];
    const alerts = (await source.unresolvedAlerts(kelurahanIds)).filter((a) => scope.covers(a.area) && byId.has(a.childId));
    const alertsOf = (childId: string) => alerts.filter((a) => a.childId === childId);

    const flagged = children.flatMap((child): FlaggedChild[] => {
      const reading = readingOf(child);
      const categories = (['stunting', 'wasting', 'underweight', 'bgm'] as const).filter((c) => reading && reading.posyanduId === child.posyanduId && { stunting: reading.stunted, wasting: reading.wasted, underweight: reading.underweight, bgm: reading.bgm }[c]);
      const urgent = mostUrgent(alertsOf(child._id));
      if (categories.length === 0 && !urgent) return [];
      return [{ childId: child._id, name: child.name, posyanduId: child.posyanduId ?? '', rw: child.rw, categories, followUp: urgent ? followUpOf(urgent) : null }];
    });
    const alertItems = alerts
      .map((a) => ({ ...followUpOf(a), childId: a.childId, name: byId.get(a.childId)?.name ?? '', severity: a.severity, openedAt: a.openedAt.toISOString(), overdue: a.ackDueAt !== null && a.ackDueAt.getTime() <= now.getTime() }))
      .sort((a, b) => (a.ackDueAt ?? '9').localeCompare(b.ackDueAt ?? '9') || a.alertId.localeCompare(b.alertId));
    const pusling = (await source.pusling(kelurahanIds))
      .filter(({ request }) => scope.covers(request.area) && request.state !== 'merged')
      .map(({ request }) => ({ requestId: request.id, kelurahanId: request.area.kelurahanId, rw: request.area.rw, state: request.state, requestedOn: dayOf(request.requestedAt, timezone), visitOn: request.schedule?.date ?? null }))
      .sort((a, b) => (b.visitOn ?? b.requestedOn).localeCompare(a.visitOn ?? a.requestedOn));
    await this.logged(person, 'child.list', [...flagged.map((f) => f.childId), ...alertItems.map((a) => a.childId)], now);
    return { month, flagged: flagged.sort((a, b) => a.name.localeCompare(b.name) || a.childId.localeCompare(b.childId)), alerts: alertItems, pusling };
  }

  /** A child's page: every current visit with its z-scores and categories; 404 outside the reader's area. */
  async child(person: Person, childId: string, now: Date, action: 'child.view' | 'child.chart' = 'child.view'): Promise<ChildPage & { measurements: Measurement[] }> {
    const scope = await this.namedScope(person);
    const child = await this.deps.source.child(childId);
    if (!child || !scope.posyandu.some((p) => p._id === child.posyanduId)) throw new AppError('NOT_FOUND', 'No such child in your area.', {});
    const measurements = await this.deps.source.visits([child._id], '9999-12-31');
    await this.logged(person, action, [child._id], now);
    return {
      child: { childId: child._id, name: child.name, sex: child.sex, birthDate: child.birthDate, rw: child.rw, posyanduId: child.posyanduId },
      visits: measurements.map(visitView),
      measurements,
    };
  }
}

function groupBy(visits: readonly Measurement[]): Map<string, Measurement[]> {
  const byChild = new Map<string, Measurement[]>();
  for (const v of visits) byChild.set(v.childId, [...(byChild.get(v.childId) ?? []), v]);
  return byChild;
}

function visitOf(m: Measurement) {
  return { date: m.date, posyanduId: m.posyanduId, weightKg: m.weightKg, lengthCm: m.lengthCm, measure: m.measure, oedema: m.oedema };
}

function visitView(m: Measurement): ChildVisit {
  const result = m.result as { z?: Record<string, number | null>; categories?: Record<string, string | null>; kms?: { status?: string } | null };
  const defined = <T>(record: Record<string, T | null> | undefined) => Object.fromEntries(Object.entries(record ?? {}).filter((e): e is [string, T] => e[1] !== null && e[1] !== undefined));
  return { date: m.date, weightKg: m.weightKg, lengthCm: m.lengthCm, headCm: m.headCm, armCm: m.armCm, z: defined(result.z), categories: defined(result.categories), kms: result.kms?.status ?? null };
}
