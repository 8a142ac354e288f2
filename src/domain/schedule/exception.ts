import { DateTime } from 'luxon';
import { z } from 'zod';
import { isoDateSchema, minutesOfDay, timeOfDaySchema } from './time-of-day.js';

/** How far a moved session may land from its original date; keeps look-ups bounded. */
export const MAX_MOVE_DAYS = 45;

/**
 * A change to one occurrence, found by the date the rule gave it (`originalDate`), so it keeps
 * applying whatever holidays do. A moved occurrence takes any of a new date, time or place; an
 * exception overrides the holiday policy for that occurrence.
 *
 * @example
 * scheduleExceptionSchema.parse({ kind: 'moved', originalDate: '2026-03-10', date: '2026-03-12', place: 'Masjid Al-Ikhlas' });
 * scheduleExceptionSchema.parse({ kind: 'cancelled', originalDate: '2026-04-14', note: 'Banjir' });
 */
export const scheduleExceptionSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('moved'),
      originalDate: isoDateSchema,
      date: isoDateSchema.optional(),
      start: timeOfDaySchema.optional(),
      end: timeOfDaySchema.optional(),
      place: z.string().trim().min(1).max(200).optional(),
      note: z.string().max(500).optional(),
    })
    .refine((e) => e.date !== undefined || e.start !== undefined || e.end !== undefined || e.place !== undefined, {
      message: 'A moved session needs a new date, start, end or place.',
    })
    .refine((e) => e.date === undefined || Math.abs(dayDistance(e.originalDate, e.date)) <= MAX_MOVE_DAYS, {
      message: `Move a session at most ${MAX_MOVE_DAYS} days; cancel it instead.`,
      path: ['date'],
    })
    .refine((e) => e.start === undefined || e.end === undefined || minutesOfDay(e.end) > minutesOfDay(e.start), {
      message: 'The session must end after it starts.',
      path: ['end'],
    }),
  z.object({ kind: z.literal('cancelled'), originalDate: isoDateSchema, note: z.string().max(500).optional() }),
]);
export type ScheduleException = z.infer<typeof scheduleExceptionSchema>;

function dayDistance(from: string, to: string): number {
  return DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days;
}
