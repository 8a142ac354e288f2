export { dosesFor, ROUTINE_SCHEDULE, type DoseState, type DoseStatus, type ScheduledDose } from './doses.js';
export { vitaminAFor, VITAMIN_A_MONTHS, type VitaminACapsule } from './vitamin-a.js';
export { inForce, itemKey, planDoses, receivedDoses, type DosePlan, type DoseRecord, type DoseReport, type DoseSource, type GivenItem } from './dose-record.js';
export { boosterOf, doseOfSeries, seriesOf } from './series.js';
export { capsuleForAge, vitaminADue } from './vitamin-a-due.js';
