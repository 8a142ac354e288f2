/** Adult and elderly screening (the former Posbindu PTM): pure rules, each with its source. */
export { classifyBloodPressure, isBloodPressureCrisis, parseBloodPressure, CRISIS_FROM, HYPERTENSION_FROM, type BloodPressure, type BloodPressureCategory } from './blood-pressure.js';
export { classifyBloodSugar, SUGAR_THRESHOLDS, type BloodSugarCategory, type SugarKind } from './blood-sugar.js';
export { bodyMassIndex, classifyBmi, isCentralObesity, BMI_CUTOFFS, CENTRAL_OBESITY_FROM_CM, type BmiCategory } from './body-size.js';
export { checkScreening, PLAUSIBLE, type ScreeningIssue, type ScreeningValueName, type ScreeningValues } from './plausibility.js';
export { readScreening, SCREENING_FROM_YEARS, type ScreeningFinding, type ScreeningInput, type ScreeningOutcome, type ScreeningReading } from './reading.js';
export { parseScreeningText, type ScreeningText } from './screening-text.js';
export { rescreenDue, type RescreenDue } from './rescreen.js';
