import type { ChildAssessment, HazCategory, WazCategory, WhzCategory, KmsStatus, Area } from '../../domain/escalation/index.js';
import type { GrowthAssessment } from '../growth/assessment.js';
import type { Child, Measurement } from '../children/child-records.js';
import type { Posyandu } from '../registry/registry-records.js';

/** From five years Permenkes reads BMI-for-age as thinness; for escalation it is wasting. */
const THINNESS: Record<string, WhzCategory> = { severely_thin: 'severely_wasted', thin: 'wasted' };
const DAY_MS = 86_400_000;

/**
 * The moment a measurement stands for, for ordering: its visit date, with the time of day it was
 * entered, so visits order by date and two entries of one day (a parent's report, then the kader's)
 * by entry. Episodes ignore anything not newer than what they have seen.
 *
 * @example
 * measuredAt({ date: '2026-03-09', createdAt: new Date('2026-03-09T02:00:00Z') }); // 2026-03-09T02:00:00Z
 */
export function measuredAt(m: Pick<Measurement, 'date' | 'createdAt'>): Date {
  return new Date(Date.parse(`${m.date}T00:00:00Z`) + (m.createdAt.getTime() % DAY_MS));
}

/**
 * Where a child's alerts belong: the posyandu, its kelurahan and puskesmas, the child's RW.
 * Null for a child without a posyandu (nobody could act on an alert).
 *
 * @example
 * areaOf(child, posyandu); // { posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '03', puskesmasId: 'pkm-bekasi-jaya' }
 */
export function areaOf(child: Pick<Child, 'rw'>, posyandu: Posyandu | null): Area | null {
  if (!posyandu) return null;
  return { posyanduId: posyandu._id, kelurahanId: posyandu.kelurahanId, rw: child.rw ?? posyandu.rws[0] ?? '-', puskesmasId: posyandu.puskesmasId };
}

/**
 * The growth module's assessment of a visit in the shape the escalation rules read.
 *
 * @example
 * toChildAssessment(child, measurement, assessment, area).categories.whz; // 'severely_wasted'
 */
export function toChildAssessment(child: Pick<Child, '_id'>, measurement: Pick<Measurement, 'date' | 'createdAt' | 'source'>, a: GrowthAssessment, area: Area): ChildAssessment {
  const whz = a.categories.whz ?? (a.categories.baz ? (THINNESS[a.categories.baz] ?? (a.categories.baz as WhzCategory)) : undefined);
  const status = a.kms?.status;
  return {
    childId: child._id,
    measuredAt: measuredAt(measurement),
    area,
    categories: {
      ...(a.categories.waz ? { waz: a.categories.waz as WazCategory } : {}),
      ...(a.categories.haz ? { haz: a.categories.haz as HazCategory } : {}),
      ...(whz ? { whz } : {}),
    },
    zScores: {
      ...(a.z.waz !== undefined ? { waz: a.z.waz } : {}),
      ...(a.z.haz !== undefined ? { haz: a.z.haz } : {}),
      ...(a.z.whz !== undefined ? { whz: a.z.whz } : {}),
    },
    ...(status ? { kms: status as KmsStatus } : {}),
    // Below the red line is only known when a weight was taken.
    ...(a.z.waz !== undefined || a.belowRedLine ? { belowRedLine: a.belowRedLine } : {}),
    // Families do not check for pitting oedema at home: their reports neither raise nor clear it.
    ...(a.oedema ? { oedema: true } : measurement.source === 'parent' ? {} : { oedema: false }),
    ...(a.z.haz !== undefined ? { hazFalling: a.hazFalling !== null } : {}),
  };
}
