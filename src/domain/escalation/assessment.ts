import type { Area } from './area.js';

/** Permenkes 2/2020 weight-for-age category. */
export type WazCategory = 'severely_underweight' | 'underweight' | 'normal' | 'risk_of_overweight';
/** Permenkes 2/2020 length/height-for-age category. */
export type HazCategory = 'severely_stunted' | 'stunted' | 'normal' | 'tall';
/** Permenkes 2/2020 weight-for-length/height category. */
export type WhzCategory =
  | 'severely_wasted'
  | 'wasted'
  | 'normal'
  | 'possible_risk_of_overweight'
  | 'overweight'
  | 'obese';
/** KMS growth status since the previous monthly weighing: Naik, Tidak naik, two T in a row, nOt weighed last month, Baru. */
export type KmsStatus = 'N' | 'T' | '2T' | 'O' | 'B';

/**
 * One child's growth result after a posyandu measurement, as the growth module reports it.
 * Any field may be missing (no length measured this month, no previous weighing): a missing
 * field is "not known", never "normal", so it neither raises nor clears a condition.
 *
 * @example
 * const assessment: ChildAssessment = {
 *   childId: 'c-1', measuredAt: new Date('2026-03-12T02:00:00Z'), area,
 *   categories: { haz: 'stunted', whz: 'normal' }, zScores: { haz: -2.4, whz: -0.8 },
 *   kms: 'N', belowRedLine: false, oedema: false, hazFalling: false,
 * };
 */
export interface ChildAssessment {
  readonly childId: string;
  readonly measuredAt: Date;
  readonly area: Area;
  readonly categories: {
    readonly waz?: WazCategory;
    readonly haz?: HazCategory;
    readonly whz?: WhzCategory;
  };
  readonly zScores: {
    readonly waz?: number;
    readonly haz?: number;
    readonly whz?: number;
  };
  readonly kms?: KmsStatus;
  readonly belowRedLine?: boolean;
  readonly oedema?: boolean;
  /** Early warning: length/height-for-age z keeps falling towards −2. */
  readonly hazFalling?: boolean;
}
