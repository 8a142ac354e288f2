import { monthBounds, type MonthKey } from '../../domain/pws/index.js';
import { AppError } from '../../shared/errors.js';
import type { ChildAccessLog } from '../children/child-access.js';
import type { Child, Measurement } from '../children/child-records.js';
import type { Person } from '../registry/registry-records.js';
import { scopeOf, type PwsScope } from '../pws/pws-scope.js';
import type { PwsService } from '../pws/pws-service.js';
import type { PwsSource } from '../pws/pws-source.js';
import { measurementRows, type MeasurementRow } from './measurement-rows.js';

export interface ChildDataDeps {
  source: PwsSource;
  /** How a month is read from the query (this month by default), as the PWS views read it. */
  pws: Pick<PwsService, 'month'>;
  childAccess: Pick<ChildAccessLog, 'record'>;
}

/** What one staff member may read of children by name in a month: their area's children and visits. */
export interface ChildData {
  month: MonthKey;
  scope: PwsScope;
  places: Awaited<ReturnType<PwsSource['places']>>;
  children: Child[];
  visits: Measurement[];
}

/**
 * Reads children by name for a staff member, within their scope: puskesmas staff their puskesmas'
 * posyandu, a kader theirs. A lurah is refused (aggregates only, UU PDP least data), as for the
 * sweeping list. Shared by the by-name exports and the FHIR bundles.
 *
 * @example
 * const data = await readChildData(deps, kaderAni, '2026-03', now);
 */
export async function readChildData(deps: ChildDataDeps, person: Person, monthText: string | undefined, now: Date): Promise<ChildData> {
  const month = deps.pws.month(monthText, now);
  const places = await deps.source.places();
  const scope = scopeOf(person, places);
  if (!scope.names) throw new AppError('FORBIDDEN', 'A lurah sees aggregates only (no child names); the SKDN table (/api/pws/skdn.csv or .xlsx) has the figures.', { role: person.role });
  const children = await deps.source.children(scope.posyandu.map((p) => p._id));
  const visits = await deps.source.visits(children.map((c) => c._id), monthBounds(month).last);
  return { month, scope, places, children, visits };
}

/**
 * The month's measurements by name for a staff member (see `measurementRows`), every child listed
 * written to the staff access log as `child.export`.
 *
 * @example
 * const { rows } = await new MeasurementExport(deps).rows(kaderAni, '2026-03', now);
 */
export class MeasurementExport {
  constructor(private readonly deps: ChildDataDeps) {}

  async rows(person: Person, monthText: string | undefined, now: Date): Promise<{ month: MonthKey; rows: MeasurementRow[] }> {
    const { month, scope, places, children, visits } = await readChildData(this.deps, person, monthText, now);
    const rows = measurementRows({ children, visits, places, month, posyanduIds: scope.posyandu.map((p) => p._id) });
    const childIds = [...new Set(rows.map((r) => r.childId))];
    await this.deps.childAccess.record(childIds.map((childId) => ({ at: now, staffId: person._id, role: person.role, action: 'child.export', childId, via: 'api' })));
    return { month, rows };
  }
}
