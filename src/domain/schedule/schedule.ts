import { z } from 'zod';
import { recurrenceSchema } from './recurrence.js';
import { minutesOfDay, timeOfDaySchema } from './time-of-day.js';
import { posyanduZoneSchema } from './zones.js';

/**
 * ILP life-stage services a posyandu session can offer; `kelas_ibu_hamil` is the class for pregnant
 * women (Kelas Ibu Hamil) held at the session, apart from their check-ups (`ibu_hamil`).
 */
export const ILP_SERVICES = ['balita', 'ibu_hamil', 'kelas_ibu_hamil', 'remaja', 'usia_produktif', 'lansia'] as const;
export type IlpService = (typeof ILP_SERVICES)[number];

/** What happens to a session whose date is not a working day. */
export const HOLIDAY_ACTIONS = ['next_working_day', 'previous_working_day', 'skip', 'keep'] as const;
export type HolidayAction = (typeof HOLIDAY_ACTIONS)[number];

/**
 * Holiday policy. Defaults: move to the next working day; cuti bersama counts as a holiday (the
 * puskesmas bidan who supports the session is on collective leave); Sunday is the only closed weekday.
 * Saturday stays a working day by default because many kader-run posyandu meet on Saturdays; add 6 to
 * `closedWeekdays` where they do not. A holiday-shifted date never lands on a holiday or closed weekday.
 *
 * @example
 * holidayPolicySchema.parse({}); // { onHoliday: 'next_working_day', cutiBersamaIsHoliday: true, closedWeekdays: [7] }
 */
export const holidayPolicySchema = z.object({
  onHoliday: z.enum(HOLIDAY_ACTIONS).default('next_working_day'),
  cutiBersamaIsHoliday: z.boolean().default(true),
  closedWeekdays: z.array(z.number().int().min(1).max(7)).max(6).default([7]),
});
export type HolidayPolicy = z.infer<typeof holidayPolicySchema>;

/**
 * A posyandu's monthly session pattern, as stored and as sent by the admin API.
 * `posyanduId` allows letters, digits, `-` and `_` only, because it becomes part of queue job ids
 * (BullMQ rejects `:` in custom ids).
 *
 * @example
 * const schedule = scheduleSchema.parse({
 *   posyanduId: 'bekasi-rw05', zone: 'Asia/Jakarta', rule: { kind: 'nth_weekday', n: 2, weekday: 2 },
 *   start: '08:00', end: '11:00', place: 'Balai RW 05', services: ['balita', 'ibu_hamil'],
 * });
 */
export const scheduleSchema = z
  .object({
    posyanduId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use letters, digits, "-" or "_" (max 64).'),
    zone: posyanduZoneSchema,
    rule: recurrenceSchema,
    start: timeOfDaySchema,
    end: timeOfDaySchema,
    place: z.string().trim().min(1).max(200),
    services: z
      .array(z.enum(ILP_SERVICES))
      .min(1)
      .refine((list) => new Set(list).size === list.length, 'List each service once.'),
    holidayPolicy: holidayPolicySchema.default({
      onHoliday: 'next_working_day',
      cutiBersamaIsHoliday: true,
      closedWeekdays: [7],
    }),
  })
  .refine((s) => minutesOfDay(s.end) > minutesOfDay(s.start), {
    message: 'The session must end after it starts, on the same day.',
    path: ['end'],
  })
  .refine((s) => s.rule.kind === 'day_of_month' || !s.holidayPolicy.closedWeekdays.includes(s.rule.weekday), {
    message: 'The rule picks a weekday the holiday policy lists as closed.',
    path: ['rule', 'weekday'],
  });
export type Schedule = z.infer<typeof scheduleSchema>;
/** A schedule as written before defaults are filled in (what the API accepts). */
export type ScheduleInput = z.input<typeof scheduleSchema>;
