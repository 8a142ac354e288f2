export { dosesFor, ROUTINE_SCHEDULE, type DoseState, type DoseStatus, type ScheduledDose } from './doses.js';
export { vitaminAFor, VITAMIN_A_MONTHS, type VitaminACapsule } from './vitamin-a.js';
