/** Pregnancy: dates from HPHT or HPL (Naegele) and the Kemenkes 2020 antenatal schedule; pure. */
export { dueDateFromLmp, dueDateProblem, gestationOn, lapseDate, lmpProblem, LAPSE_AFTER_DUE_DAYS, PREGNANCY_DAYS, type DueDateProblem } from './due-date.js';
export { antenatalPlan, antenatalVisits, type AntenatalSchedule, antenatalReminderDue, nextAntenatalVisit, trimesterOf, ANTENATAL_REMINDER_DAYS_BEFORE, ANTENATAL_VISITS, type AntenatalVisit, type PlannedVisit, type Trimester } from './antenatal.js';
export { ANTENATAL_CLASS, classWeekOn, type AntenatalClassRules } from './class.js';
