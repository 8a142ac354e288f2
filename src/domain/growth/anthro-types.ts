/**
 * Input and output of {@link assessAnthropometry}.
 */
import type { PerIndicator } from './indicators.js';
import type { Measure } from './lenhei.js';
import type { GrowthTable, Sex } from './reference.js';

/**
 * One child's measurements at one visit. Age comes from `birthDate` + `visitDate` (ISO `YYYY-MM-DD`),
 * else `ageDays`, else `ageMonths`. Measures are optional; a missing one leaves its indices undefined.
 */
export interface AnthroInput {
  sex: Sex;
  birthDate?: string;
  visitDate?: string;
  ageDays?: number;
  ageMonths?: number;
  weightKg?: number;
  /** Length (lying) or height (standing) in cm, as measured. */
  lenheiCm?: number;
  measure?: Measure;
  /** Bilateral pitting oedema: weight-based indices are then not computed (WHO). */
  oedema?: boolean;
  headCm?: number;
  armCm?: number;
  tricepsMm?: number;
  subscapularMm?: number;
}

/** Which WHO reference scored the child: Child Growth Standards 2006 (< 60 mo) or Reference 2007. */
export type GrowthStandard = 'who2006' | 'who2007';

/**
 * The assessment. `z` holds unrounded z-scores (as computed), `zRounded` the 2-decimal values WHO
 * prints; `flags` are WHO's BIV flags evaluated on `zRounded`. Indices not defined for this child
 * (age window, missing measure, oedema, outside the table) are absent.
 */
export interface AnthroResult {
  ageDays: number | undefined;
  ageMonths: number | undefined;
  standard: GrowthStandard | undefined;
  /** Length/height after the ±0.7 cm conversion; the value used for HAZ, WHZ and BMI. */
  clenhei: number | undefined;
  bmi: number | undefined;
  /** Basis of the 2006 HAZ/WHZ/BAZ references used: length under 731 days, height from 731. */
  lenheiBasis: 'length' | 'height' | undefined;
  /** The table each index was read from (`wfl` or `wfh` tells length- from height-based WHZ). */
  tables: PerIndicator<GrowthTable>;
  z: PerIndicator<number>;
  zRounded: PerIndicator<number>;
  flags: PerIndicator<boolean>;
  /** Measured standing under 9 months (WHO anthro 1.1.0): no +0.7 cm was applied. */
  standingUnder9Months: boolean;
}

/** Measurements cleaned of non-positive values; shared by the 2006 and 2007 scorers. */
export type CleanMeasures = Pick<
  AnthroInput,
  'sex' | 'weightKg' | 'lenheiCm' | 'measure' | 'oedema' | 'headCm' | 'armCm' | 'tricepsMm' | 'subscapularMm'
>;

/** What a scorer returns before rounding and flagging. */
export interface Scored {
  clenhei: number | undefined;
  bmi: number | undefined;
  lenheiBasis: 'length' | 'height' | undefined;
  tables: PerIndicator<GrowthTable>;
  z: PerIndicator<number>;
  standingUnder9Months: boolean;
}
