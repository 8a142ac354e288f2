export { dosesFor, ROUTINE_SCHEDULE, type DoseState, type DoseStatus, type ScheduledDose } from './doses.js';
