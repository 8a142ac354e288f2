import { isoDayNumber } from '../../domain/growth/index.js';
import { assessVisit, type VisitValues } from '../growth/assessment.js';
import { measurementDoc, pastVisit } from '../growth/growth-service.js';
import type { FlowValues } from '../growth/typed-values.js';
import { effectId } from '../effects/effect-id.js';
import type { Child, ChildCorrection, Measurement } from '../children/child-records.js';
import type { ChildCorrectEffect, MeasurementCorrectEffect } from './correction-effects.js';
import type { ChildStore } from '../children/child-ports.js';

/** What a correction reads; the writes are its effect (`correction-effects.ts`), applied by the commit. */
type Deps = { children: Pick<ChildStore, 'get' | 'measurements' | 'measurement'> };

export type ChildField = ChildCorrection['field'];

export type ChildCorrectionOutcome =
  | { status: 'saved'; child: Child; field: ChildField; from: string | number; to: string | number; effect: ChildCorrectEffect }
  | { status: 'same' | 'denied' | 'invalid' };

const MAX_NAME = 40;

/** The value as stored, or undefined when it cannot be one (a date after the first measurement, say). */
function storedValue(field: ChildField, value: unknown, measurements: readonly Measurement[], today: string): string | number | undefined {
  switch (field) {
    case 'name': {
      const name = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
      return name.length >= 1 && name.length <= MAX_NAME ? name : undefined;
    }
    case 'sex':
      return value === '1' || value === 1 ? 1 : value === '2' || value === 2 ? 2 : undefined;
    case 'birthDate': {
      const date = typeof value === 'string' ? value : '';
      const first = measurements[0]?.date;
      if (isoDayNumber(date) === undefined || date > today || (first !== undefined && date > first)) return undefined;
      return date;
    }
  }
}

/**
 * KOREKSI of a child's own data by one of its caregivers: the field is set and the correction, with
 * the old value, is appended to the child's record (so it goes when the child is erased); the audit
 * log records that the field changed, never the values. Reads only: the change is the outcome's
 * effect, its id derived from the action call `ref`.
 *
 * @example
 * await correctChild(deps, 'c_0001', 'ch-budi', 'name', 'Budiman', '2026-03-09', now, 'simulator:42#3'); // { status: 'saved', from: 'Budi', to: 'Budiman', effect, … }
 */
export async function correctChild(deps: Deps, contactId: string, childId: string, field: ChildField, value: unknown, today: string, now: Date, ref?: string): Promise<ChildCorrectionOutcome> {
  const child = await deps.children.get(childId);
  if (!child || !child.caregiverIds.includes(contactId)) return { status: 'denied' };
  const to = storedValue(field, value, await deps.children.measurements(childId), today);
  if (to === undefined) return { status: 'invalid' };
  const from = child[field];
  if (from === to) return { status: 'same' };
  const id = effectId('cc', ref ?? `${childId}:${field}:${now.toISOString()}`);
  const corrected = { ...child, [field]: to };
  const reassess = field === 'name' ? [] : await reassessAll(deps, corrected);
  const effect: ChildCorrectEffect = { type: 'child.correct', id, childId, set: { [field]: to }, correction: { id, at: now, by: contactId, field, from, to }, reassess };
  return { status: 'saved', child: corrected, field, from, to, effect };
}

function visitOf(m: Measurement): VisitValues {
  return {
    date: m.date,
    ...(m.weightKg !== null ? { weightKg: m.weightKg } : {}),
    ...(m.lengthCm !== null ? { lengthCm: m.lengthCm } : {}),
    ...(m.measure !== null ? { measure: m.measure } : {}),
    ...(m.headCm !== null ? { headCm: m.headCm } : {}),
    ...(m.armCm !== null ? { armCm: m.armCm } : {}),
    oedema: m.oedema,
  };
}

/**
 * Z-scores and categories depend on age and sex: after either is corrected, every measurement in
 * force is assessed again (the measured values stay as they were; only what they mean changes).
 */
async function reassessAll(deps: Deps, child: Child): Promise<ChildCorrectEffect['reassess']> {
  const inForce = await deps.children.measurements(child._id);
  return inForce.map((m, i) => {
    const earlier = inForce.slice(0, i).filter((e) => e.date < m.date);
    const assessment = assessVisit(child, visitOf(m), earlier.map(pastVisit));
    return { measurementId: m._id, result: { ...assessment, confirmed: m.result.confirmed ?? [] } };
  });
}

/**
 * The measurement a parent means: the latest in force, or the latest in force on a date.
 *
 * @example
 * await measurementToCorrect(deps, 'ch-budi', '2026-02-09'); // the 9 February measurement, or null
 */
export async function measurementToCorrect(deps: Pick<Deps, 'children'>, childId: string, date?: string): Promise<Measurement | null> {
  const inForce = await deps.children.measurements(childId);
  return (date === undefined ? inForce : inForce.filter((m) => m.date === date)).at(-1) ?? null;
}

export type MeasurementCorrectionOutcome = { status: 'saved'; measurement: Measurement; effect: MeasurementCorrectEffect } | { status: 'denied' | 'invalid' };

/**
 * KOREKSI of a measurement by a caregiver: a new measurement with the typed values (the others as
 * they were), assessed afresh, supersedes the old one, which stays stored; the audit log records
 * which replaced which. Reads only: the new measurement (its id derived from `ref`) is the effect.
 *
 * @example
 * await correctMeasurement(deps, 'c_0001', 'ms_0003', { weightKg: 9.1, accepted: [] }, now, 'simulator:42#5'); // { status: 'saved', measurement, effect }
 */
export async function correctMeasurement(deps: Deps, contactId: string, measurementId: string, values: FlowValues, now: Date, ref?: string): Promise<MeasurementCorrectionOutcome> {
  const old = await deps.children.measurement(measurementId);
  const child = old ? await deps.children.get(old.childId) : null;
  if (!old || !child || old.supersededBy !== null || !child.caregiverIds.includes(contactId)) return { status: 'denied' };
  const merged = {
    weightKg: values.weightKg ?? old.weightKg,
    lengthCm: values.lengthCm ?? old.lengthCm,
    measure: values.position ?? (values.lengthCm === undefined ? old.measure : null),
    headCm: values.headCm ?? old.headCm,
    armCm: values.armCm ?? old.armCm,
  };
  if ([merged.weightKg, merged.lengthCm, merged.headCm, merged.armCm].some((v) => v !== null && (!Number.isFinite(v) || v <= 0))) return { status: 'invalid' };
  const visit = visitOf({ ...old, ...merged });
  const earlier = (await deps.children.measurements(child._id)).filter((m) => m.date < old.date);
  const assessment = assessVisit(child, visit, earlier.map(pastVisit));
  const id = effectId('ms', ref ?? `${old._id}:${now.toISOString()}`);
  const measurement: Measurement = {
    ...measurementDoc({ id, child, input: { ...visit, source: 'parent', recordedBy: contactId, confirmed: true }, assessment, supersededBy: null, now }),
    corrects: old._id,
  };
  return { status: 'saved', measurement, effect: { type: 'measurement.correct', id, measurement, supersedes: old._id } };
}
