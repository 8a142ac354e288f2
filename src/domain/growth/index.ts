/**
 * Child growth: WHO z-scores (2006 standards, 2007 reference), Permenkes 2/2020 categories, KMS reading,
 * linear-growth warning and plausibility checks. Pure; see README.md in this folder.
 */
export { lmsAt, tableRange, valueAtZ, type GrowthTable, type Lms, type Sex } from './reference.js';
export { assessAnthropometry, type AnthroInput, type AnthroResult, type GrowthStandard } from './assess.js';
export { INDICATORS, isImplausible, type Indicator, type PerIndicator } from './indicators.js';
export { adjustLenhei, type Measure } from './lenhei.js';
export { ageInDays, completedMonths, daysFromMonths, DAYS_PER_MONTH, isoDayNumber } from './age.js';
export { lmsZ, restrictedZ, roundZ } from './lms.js';
export {
  classifyBazOlder,
  classifyGrowth,
  classifyHaz,
  classifyWaz,
  classifyWhz,
  LAST_BAZ_CATEGORY_MONTH,
  type BazCategory,
  type GrowthCategories,
  type HazCategory,
  type WazCategory,
  type WhzCategory,
} from './classify.js';
export { KBM_ROWS, kbmGrams, type KbmRow } from './kbm.js';
export { kmsHistory, type KmsEntry, type KmsStatus, type Weighing } from './kms.js';
export { hazFallingWarning, type HazFallingWarning, type HazPoint } from './haz-trend.js';
export { checkPlausibility, type Measurement, type PlausibilityIssue } from './plausibility.js';
