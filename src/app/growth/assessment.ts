import {
  assessAnthropometry,
  classifyGrowth,
  completedMonths,
  hazFallingWarning,
  kmsHistory,
  type GrowthCategories,
  type GrowthStandard,
  type HazFallingWarning,
  type KmsStatus,
  type Measure,
  type PerIndicator,
} from '../../domain/growth/index.js';
import type { Child } from '../children/child-records.js';
import { measureFor } from './position.js';

/** One visit's values as typed, before they are assessed. */
export interface VisitValues {
  date: string;
  weightKg?: number;
  lengthCm?: number;
  /** Lying (L) or standing (H); inferred from age when absent (see `measureFor`). */
  measure?: Measure;
  headCm?: number;
  armCm?: number;
  oedema?: boolean;
}

/** What one visit means: the hook alerts and messages are built on. Everything is JSON-safe. */
export interface GrowthAssessment {
  date: string;
  ageDays: number;
  /** Completed months, as the KMS and families count age. */
  ageMonths: number;
  standard: GrowthStandard | null;
  /** The position used for the length/height (given or inferred); null without a length. */
  measure: Measure | null;
  measureInferred: boolean;
  /** Length/height after WHO's ±0.7 cm conversion. */
  clenheiCm: number | null;
  /** 2-decimal z-scores: exactly the values `classifyGrowth` classified. */
  z: PerIndicator<number>;
  categories: GrowthCategories;
  kms: { status: KmsStatus; gainGrams?: number; kbmGrams?: number } | null;
  /** Bawah garis merah: 2-decimal WAZ < −3 (0–5 y), the same rule as the KMS reading. */
  belowRedLine: boolean;
  hazFalling: HazFallingWarning | null;
  oedema: boolean;
  /** Measured standing under 9 months: WHO applies no correction; a re-measure lying is better. */
  standingUnder9Months: boolean;
}

/** An earlier visit of the same child, as stored. */
export interface PastVisit {
  date: string;
  weightKg: number | null;
  lengthCm: number | null;
  measure: Measure | null;
}

function zOf(child: Pick<Child, 'sex' | 'birthDate'>, visit: PastVisit): number | undefined {
  if (visit.lengthCm === null) return undefined;
  return assessAnthropometry({
    sex: child.sex,
    birthDate: child.birthDate,
    visitDate: visit.date,
    lenheiCm: visit.lengthCm,
    ...(visit.measure ? { measure: visit.measure } : {}),
  }).zRounded.haz;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Assesses one visit against the child's earlier visits (those before `visit.date`): WHO z-scores,
 * Permenkes categories of the 2-decimal z, the KMS status of this month's weighing, below the red
 * line, and the HAZ-falling warning. Pure: the caller loads the history.
 *
 * @example
 * const a = assessVisit({ sex: 1, birthDate: '2025-01-15' }, { date: '2026-03-09', weightKg: 8.5, lengthCm: 72 }, []);
 * a.measure; // 'L' (inferred: under two years); a.kms?.status; // 'B'
 */
export function assessVisit(child: Pick<Child, 'sex' | 'birthDate'>, visit: VisitValues, earlier: readonly PastVisit[]): GrowthAssessment {
  const hasLength = visit.lengthCm !== undefined;
  const measure = hasLength ? (visit.measure ?? measureFor(child.birthDate, visit.date)) : undefined;
  const oedema = visit.oedema === true;
  const result = assessAnthropometry(
    defined({
      sex: child.sex,
      birthDate: child.birthDate,
      visitDate: visit.date,
      weightKg: visit.weightKg,
      lenheiCm: visit.lengthCm,
      measure,
      headCm: visit.headCm,
      armCm: visit.armCm,
      oedema,
    }),
  );
  const before = earlier.filter((v) => v.date < visit.date);
  const weighings = before.flatMap((v) => (v.weightKg === null ? [] : [{ date: v.date, weightKg: v.weightKg }]));
  const entry =
    visit.weightKg === undefined
      ? undefined
      : kmsHistory(child, [...weighings, { date: visit.date, weightKg: visit.weightKg }]).find((e) => e.date === visit.date);
  const hazPoints = before.flatMap((v) => {
    const haz = zOf(child, v);
    return haz === undefined ? [] : [{ date: v.date, haz }];
  });
  const haz = result.zRounded.haz;
  return {
    date: visit.date,
    ageDays: result.ageDays ?? 0,
    ageMonths: completedMonths(child.birthDate, visit.date) ?? 0,
    standard: result.standard ?? null,
    measure: measure ?? null,
    measureInferred: hasLength && visit.measure === undefined,
    clenheiCm: result.clenhei === undefined ? null : Math.round(result.clenhei * 100) / 100,
    z: defined(result.zRounded),
    categories: defined(classifyGrowth(result, oedema)),
    kms: entry?.status ? defined({ status: entry.status, gainGrams: entry.gainGrams, kbmGrams: entry.kbmGrams }) : null,
    belowRedLine: result.standard === 'who2006' && result.zRounded.waz !== undefined && result.zRounded.waz < -3,
    hazFalling: haz === undefined ? null : (hazFallingWarning([...hazPoints, { date: visit.date, haz }]) ?? null),
    oedema,
    standingUnder9Months: result.standingUnder9Months,
  };
}
