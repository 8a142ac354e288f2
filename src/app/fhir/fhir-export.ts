import type { Translate } from '../../i18n/catalog.js';
import { AppError } from '../../shared/errors.js';
import type { Child } from '../children/child-records.js';
import { assessedVisits, type AssessedVisit } from '../exports/measurement-rows.js';
import { readChildData, type ChildData, type ChildDataDeps } from '../exports/measurement-export.js';
import type { Person } from '../registry/registry-records.js';
import { growthBundle, type BundleVisit, type FhirBundle } from './growth-bundle.js';

/**
 * FHIR R4 Bundles of children's growth for a staff member allowed to see children by name (the kader of
 * the posyandu, its puskesmas; never a lurah): one child's month, one child's history, or every child
 * measured in a month in the reader's area. Every visit is one the reader's area recorded (a child who
 * moved away keeps their new posyandu's visits to it). Each child in a bundle is written to the staff
 * access log as `child.fhir`.
 *
 * @example
 * const fhir = new FhirExport({ ...deps, translate });
 * await fhir.childMonth(kaderAni, 'ch-budi', '2026-03', now); // identifier.value 'ch-budi/2026-03'
 * await fhir.childHistory(kaderAni, 'ch-budi', now);          // 'ch-budi/history'
 * await fhir.areaMonth(kaderAni, '2026-03', now);             // 'posyandu/psy-mawar/2026-03'
 */
export class FhirExport {
  constructor(private readonly deps: ChildDataDeps & { translate: Translate }) {}

  /** One child's visits of a month (this month when `monthText` is empty). */
  async childMonth(person: Person, childId: string, monthText: string | undefined, now: Date): Promise<FhirBundle> {
    const data = await readChildData(this.deps, person, monthText, now);
    const child = this.childIn(data, childId);
    return this.bundle(person, `${child._id}/${data.month}`, data, this.visits(data, [child], data.month), now, child);
  }

  /** Every visit of one child up to now, each with its z-scores. */
  async childHistory(person: Person, childId: string, now: Date): Promise<FhirBundle> {
    // This month's data reaches up to now: every visit there is.
    const data = await readChildData(this.deps, person, undefined, now);
    const child = this.childIn(data, childId);
    return this.bundle(person, `${child._id}/history`, data, this.visits(data, [child], null), now, child);
  }

  /** Every child measured in the month in the reader's area, by posyandu, name and id, each once. */
  async areaMonth(person: Person, monthText: string | undefined, now: Date): Promise<FhirBundle> {
    const data = await readChildData(this.deps, person, monthText, now);
    const visits = this.visits(data, data.children, data.month);
    const area = person.role === 'kader' ? `posyandu/${[...person.posyanduIds].sort().join('+')}` : `puskesmas/${[...person.puskesmasIds].sort().join('+')}`;
    return this.bundle(person, `${area}/${data.month}`, data, visits, now);
  }

  private childIn(data: ChildData, childId: string): Child {
    const child = data.children.find((c) => c._id === childId);
    // Outside the reader's area is the same answer as unknown: the id tells nothing.
    if (!child) throw new AppError('NOT_FOUND', 'No child with this id in your area; ids are in the measurements export (/api/exports/measurements.csv).', { childId: childId.slice(0, 40) });
    return child;
  }

  private visits(data: ChildData, children: readonly Child[], month: string | null): AssessedVisit[] {
    const ids = new Set(children.map((c) => c._id));
    return assessedVisits({ children, visits: data.visits.filter((v) => ids.has(v.childId)), places: data.places, month, posyanduIds: data.scope.posyandu.map((p) => p._id) });
  }

  /**
   * The bundle of the visits' children (a single child asked for stays in it without visits), each
   * logged as read.
   */
  private async bundle(person: Person, id: string, data: ChildData, visits: readonly AssessedVisit[], now: Date, alone?: Child): Promise<FhirBundle> {
    const byChild = new Map<string, { child: Child; posyandu: string; visits: BundleVisit[] }>();
    const posyanduName = new Map(data.places.posyandu.map((p) => [p._id, p.name]));
    if (alone) byChild.set(alone._id, { child: alone, posyandu: '', visits: [] });
    for (const v of visits) {
      const entry = byChild.get(v.child._id) ?? { child: v.child, posyandu: posyanduName.get(v.child.posyanduId ?? '') ?? '', visits: [] };
      entry.visits.push({ measurement: v.visit, assessment: v.assessment });
      byChild.set(v.child._id, entry);
    }
    const children = [...byChild.values()].sort((a, b) => a.posyandu.localeCompare(b.posyandu) || a.child.name.localeCompare(b.child.name) || a.child._id.localeCompare(b.child._id));
    await this.deps.childAccess.record(children.map(({ child }) => ({ at: now, staffId: person._id, role: person.role, action: 'child.fhir', childId: child._id, via: 'api' })));
    return growthBundle({
      id,
      children,
      posyandu: data.places.posyandu,
      generatedAt: now,
      categoryLabel: (index, category) => this.deps.translate('id', `growth.category.${index}.${category}`),
    });
  }
}
