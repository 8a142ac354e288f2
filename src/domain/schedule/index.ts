/**
 * Posyandu schedules as pure rules: recurrence, exceptions, national holidays, concrete sessions,
 * reminder plans, quiet hours and the key + params to describe a session.
 *
 * @example
 * import { scheduleSchema, nextSessions, NATIONAL_HOLIDAYS } from './domain/schedule/index.js';
 */
export { POSYANDU_ZONES, posyanduZoneSchema, zoneLabel, type PosyanduZone } from './zones.js';
export { timeOfDaySchema, isoDateSchema, minutesOfDay } from './time-of-day.js';
export { recurrenceSchema, ruleDateInMonth, type Recurrence } from './recurrence.js';
export {
  ILP_SERVICES,
  HOLIDAY_ACTIONS,
  holidayPolicySchema,
  scheduleSchema,
  type IlpService,
  type HolidayAction,
  type HolidayPolicy,
  type Schedule,
  type ScheduleInput,
} from './schedule.js';
export { MAX_MOVE_DAYS, scheduleExceptionSchema, type ScheduleException } from './exception.js';
export {
  holidaySchema,
  holidayYearSchema,
  indexHolidays,
  type Holiday,
  type HolidayYear,
  type HolidayIndex,
} from './holiday.js';
export { HOLIDAY_YEARS, NATIONAL_HOLIDAYS } from './national-holidays.js';
export { dayOff, nearestWorkingDay, type DayOff } from './working-day.js';
export { sessionId, type Session, type SessionReason } from './session.js';
export { occurrenceInMonth } from './occurrence.js';
export { nextSessions, occurrencesBetween, sessionOn, type Instant } from './sessions.js';
export { DEFAULT_QUIET_HOURS, nextAllowedSendTime, quietHoursSchema, type QuietHours } from './quiet-hours.js';
export {
  DEFAULT_REMINDER_POLICY,
  planReminders,
  reminderKey,
  reminderPolicySchema,
  type BuiltinReminderKind,
  type PlannedReminder,
  type ReminderKind,
  type ReminderPolicy,
} from './reminders.js';
export { SUNDANESE_MONTHS, SUNDANESE_WEEKDAYS, serviceList } from './vocabulary.js';
export { describeSession, reminderMessage, relativeDay, sessionParams, type Described, type RelativeDay } from './describe.js';
