import type { Translate } from '../../i18n/catalog.js';
import { AppError } from '../../shared/errors.js';
import { assessedVisits } from '../exports/measurement-rows.js';
import { readChildData, type ChildDataDeps } from '../exports/measurement-export.js';
import type { Person } from '../records.js';
import { childBundle, type FhirBundle } from './child-bundle.js';

/**
 * A child's month as a FHIR R4 Bundle for a staff member allowed to see the child by name (the kader
 * of the child's posyandu, its puskesmas; never a lurah). The read is written to the staff access log
 * as `child.fhir`.
 *
 * @example
 * const bundle = await new FhirExport({ ...deps, translate }).childMonth(kaderAni, 'ch-budi', '2026-03', now);
 */
export class FhirExport {
  constructor(private readonly deps: ChildDataDeps & { translate: Translate }) {}

  async childMonth(person: Person, childId: string, monthText: string | undefined, now: Date): Promise<FhirBundle> {
    const data = await readChildData(this.deps, person, monthText, now);
    const child = data.children.find((c) => c._id === childId);
    // Outside the reader's area is the same answer as unknown: the id tells nothing.
    if (!child) throw new AppError('NOT_FOUND', 'No child with this id in your area; ids are in the measurements export (/api/exports/measurements.csv).', { childId: childId.slice(0, 40) });
    const visits = assessedVisits({ children: [child], visits: data.visits.filter((v) => v.childId === child._id), places: data.places, month: data.month, posyanduIds: data.scope.posyandu.map((p) => p._id) });
    await this.deps.childAccess.record([{ at: now, staffId: person._id, role: person.role, action: 'child.fhir', childId: child._id, via: 'api' }]);
    return childBundle({
      child,
      posyandu: data.places.posyandu,
      visits: visits.map((v) => ({ measurement: v.visit, assessment: v.assessment })),
      month: data.month,
      generatedAt: now,
      categoryLabel: (index, category) => this.deps.translate('id', `growth.category.${index}.${category}`),
    });
  }
}
