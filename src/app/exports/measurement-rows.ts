import { assessVisit, type GrowthAssessment, type PastVisit } from '../growth/assessment.js';
import type { Child, Measurement } from '../children/child-records.js';
import type { Kelurahan, Posyandu } from '../registry/registry-records.js';

/**
 * One visit as a line of the by-name recording (close to e-PPGBM's "pencatatan by name"): who, where,
 * when, the measured values, and the WHO z-scores with their Permenkes 2/2020 categories. No NIK and no
 * phone: the registry keeps neither for children.
 */
export interface MeasurementRow {
  /** The child's record id (never the short code: that code lets a caregiver link the child to their phone). */
  childId: string;
  childName: string;
  sex: 1 | 2;
  birthDate: string;
  /** The caregiver's name; the registry does not ask for it, so it stays empty until it does. */
  parentName: string;
  kelurahan: string;
  posyandu: string;
  rw: string | null;
  measuredOn: string;
  /** Completed months at the visit, as the KMS counts age. */
  ageMonths: number;
  weightKg: number | null;
  lengthCm: number | null;
  /** `L` lying (panjang badan), `H` standing (tinggi badan); null without a length. */
  measure: 'L' | 'H' | null;
  armCm: number | null;
  headCm: number | null;
  oedema: boolean;
  waz: number | null;
  wazCategory: string | null;
  haz: number | null;
  hazCategory: string | null;
  whz: number | null;
  whzCategory: string | null;
  /** The KMS reading of the weighing: N, T, 2T, O or B; null without a weight. */
  kms: string | null;
  source: Measurement['source'];
}

export interface MeasurementRowsInput {
  children: readonly Child[];
  /** The children's current visits up to the month's end, any order. */
  visits: readonly Measurement[];
  places: { posyandu: readonly Posyandu[]; kelurahan: readonly Kelurahan[] };
  /** The visits listed: those of this month (`YYYY-MM`), or of every month (null), at one of these posyandu. */
  month: string | null;
  posyanduIds: readonly string[];
}

const past = (m: Measurement): PastVisit => ({ date: m.date, weightKg: m.weightKg, lengthCm: m.lengthCm, measure: m.measure });

/** Each visit assessed again, by the same pure rule as at save time, so a file never carries a stale score. */
function assess(child: Child, visit: Measurement, earlier: readonly Measurement[]): GrowthAssessment {
  return assessVisit(
    child,
    {
      date: visit.date,
      ...(visit.weightKg === null ? {} : { weightKg: visit.weightKg }),
      ...(visit.lengthCm === null ? {} : { lengthCm: visit.lengthCm }),
      ...(visit.measure === null ? {} : { measure: visit.measure }),
      ...(visit.headCm === null ? {} : { headCm: visit.headCm }),
      ...(visit.armCm === null ? {} : { armCm: visit.armCm }),
      oedema: visit.oedema,
    },
    earlier.map(past),
  );
}

/** One visit of the month in the reader's area, assessed against the child's earlier visits. */
export interface AssessedVisit {
  child: Child;
  visit: Measurement;
  /** Where it counts: the visit's posyandu, or the child's own for a parent's report. */
  posyanduId: string;
  assessment: GrowthAssessment;
}

/**
 * Every current visit in the month at the given posyandu (a parent's report without a posyandu counts
 * at the child's own), each assessed again with its KMS reading against the earlier visits.
 *
 * @example
 * assessedVisits({ children, visits, places, month: '2026-03', posyanduIds: ['psy-mawar'] })[0].assessment.z.waz; // -0.8
 */
export function assessedVisits(input: MeasurementRowsInput): AssessedVisit[] {
  const childById = new Map(input.children.map((c) => [c._id, c]));
  const wanted = new Set(input.posyanduIds);
  const byChild = new Map<string, Measurement[]>();
  for (const visit of input.visits) byChild.set(visit.childId, [...(byChild.get(visit.childId) ?? []), visit]);
  const out: AssessedVisit[] = [];
  for (const [childId, visits] of byChild) {
    const child = childById.get(childId);
    if (!child) continue;
    const ordered = [...visits].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.getTime() - b.createdAt.getTime());
    for (const visit of ordered) {
      const posyanduId = visit.posyanduId ?? child.posyanduId;
      if ((input.month !== null && visit.month !== input.month) || !posyanduId || !wanted.has(posyanduId)) continue;
      out.push({ child, visit, posyanduId, assessment: assess(child, visit, ordered.filter((v) => v.date < visit.date)) });
    }
  }
  return out;
}

/**
 * The by-name rows of a month (see `assessedVisits`), sorted by posyandu, RW, name and date.
 *
 * @example
 * measurementRows({ children, visits, places, month: '2026-03', posyanduIds: ['psy-mawar'] })[0];
 * // { childName: 'Budi', measuredOn: '2026-03-05', weightKg: 9.1, waz: -0.8, wazCategory: 'normal', kms: 'N', … }
 */
export function measurementRows(input: MeasurementRowsInput): MeasurementRow[] {
  const posyanduById = new Map(input.places.posyandu.map((p) => [p._id, p]));
  const kelurahanById = new Map(input.places.kelurahan.map((k) => [k._id, k]));
  const rows = assessedVisits(input).map(({ child, visit, posyanduId, assessment: a }): MeasurementRow => {
    const posyandu = posyanduById.get(posyanduId);
    return {
      childId: child._id,
      childName: child.name,
      sex: child.sex,
      birthDate: child.birthDate,
      parentName: '',
      kelurahan: kelurahanById.get(posyandu?.kelurahanId ?? child.kelurahanId ?? '')?.name ?? '',
      posyandu: posyandu?.name ?? posyanduId,
      rw: child.rw,
      measuredOn: visit.date,
      ageMonths: a.ageMonths,
      weightKg: visit.weightKg,
      lengthCm: visit.lengthCm,
      measure: a.measure,
      armCm: visit.armCm,
      headCm: visit.headCm,
      oedema: visit.oedema,
      waz: a.z.waz ?? null,
      wazCategory: a.categories.waz ?? null,
      haz: a.z.haz ?? null,
      hazCategory: a.categories.haz ?? null,
      whz: a.z.whz ?? null,
      whzCategory: a.categories.whz ?? null,
      kms: a.kms?.status ?? null,
      source: visit.source,
    };
  });
  return rows.sort((a, b) => a.posyandu.localeCompare(b.posyandu) || (a.rw ?? '').localeCompare(b.rw ?? '') || a.childName.localeCompare(b.childName) || a.childId.localeCompare(b.childId) || a.measuredOn.localeCompare(b.measuredOn));
}
