import type { Child, Measurement } from '../children/child-records.js';
import { assessVisit } from './assessment.js';
import { measurementDoc, pastVisit, type RecordMeasurementInput } from './growth-service.js';

/** One visit of an imported history (a paper KMS, e-PPGBM, the demo world) with its fixed id. */
export type ImportedVisit = Omit<RecordMeasurementInput, 'childId' | 'confirmed'> & { id: string };

/**
 * Builds the stored measurements of a whole history, oldest first, assessing each visit against the
 * visits before it exactly as `recordMeasurement` does (same `assessVisit`, same record shape).
 * No access check and no plausibility question: for trusted imports written by a composition root.
 *
 * @example
 * const docs = importedHistory(budi, [{ id: 'ms-demo-1', date: '2025-02-15', weightKg: 4.2, source: 'kader', recordedBy: 'per-kader-ani' }], now);
 * docs[0].result.kms; // { status: 'B' }
 */
export function importedHistory(child: Child, visits: readonly ImportedVisit[], now: Date): Measurement[] {
  const docs: Measurement[] = [];
  for (const visit of [...visits].sort((a, b) => a.date.localeCompare(b.date))) {
    const earlier = docs.filter((m) => m.date < visit.date).map(pastVisit);
    const assessment = assessVisit(child, visit, earlier);
    docs.push(measurementDoc({ id: visit.id, child, input: { ...visit, confirmed: true }, assessment, supersededBy: null, now }));
  }
  return docs;
}
