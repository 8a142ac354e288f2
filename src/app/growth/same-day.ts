import type { Measurement } from '../children/child-records.js';
import type { VisitValues } from './assessment.js';
import type { IssueField } from './issue-fields.js';

/** A value given again on the same day with another number: kept in the audit, told to the person. */
export interface ValueChange {
  field: IssueField;
  from: number;
  to: number;
}

type Stored = Pick<Measurement, 'weightKg' | 'lengthCm' | 'measure' | 'headCm' | 'armCm' | 'oedema' | 'result'>;

const FIELDS = [
  ['weight', 'weightKg'],
  ['length', 'lengthCm'],
  ['head', 'headCm'],
  ['arm', 'armCm'],
] as const;

/**
 * One visit from a day's reports: the weight in the morning and the length in the afternoon are one
 * measurement, so history, the KMS reading and the charts see both. The new report's values win; the
 * fields it does not give keep the earlier values (and their position and confirmations); oedema once
 * seen stays. `earlier` are that day's measurements the new one supersedes, oldest first.
 *
 * @example
 * mergeSameDay({ date: '2026-03-09', lengthCm: 74 }, [{ weightKg: 9.2, … }]);
 * // { visit: { date: '2026-03-09', weightKg: 9.2, lengthCm: 74, oedema: false }, changes: [], confirmed: [] }
 */
export function mergeSameDay(
  input: VisitValues,
  earlier: readonly Stored[],
): { visit: VisitValues; changes: ValueChange[]; confirmed: IssueField[] } {
  const visit: VisitValues = { ...input, oedema: input.oedema === true || earlier.some((m) => m.oedema) };
  const changes = new Map<IssueField, ValueChange>();
  const confirmed: IssueField[] = [];
  for (const m of earlier) {
    for (const [field, key] of FIELDS) {
      const before = m[key];
      if (before === null) continue;
      const given = input[key];
      if (given === undefined) {
        visit[key] = before;
        if (field === 'length' && m.measure !== null) visit.measure = m.measure;
        if (confirmedIn(m.result, field)) confirmed.push(field);
      } else if (given !== before) {
        changes.set(field, { field, from: before, to: given });
      }
    }
  }
  return { visit, changes: [...changes.values()], confirmed: [...new Set(confirmed)] };
}

/** Whether a stored measurement's value was confirmed as typed (so the merged visit does not ask again). */
function confirmedIn(result: Record<string, unknown>, field: IssueField): boolean {
  const confirmed = result.confirmed;
  return confirmed === true || (Array.isArray(confirmed) && confirmed.includes(field));
}
