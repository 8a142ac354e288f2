import type { Area } from './area.js';

import type { HazCategory, WazCategory, WhzCategory } from '../growth/classify.js';
import type { KmsStatus } from '../growth/kms.js';

/** The Permenkes categories and KMS status come from the growth rules: one definition of each. */
export type { HazCategory, KmsStatus, WazCategory, WhzCategory };

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
