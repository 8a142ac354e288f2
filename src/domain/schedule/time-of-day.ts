import { z } from 'zod';

/**
 * A local wall-clock time "HH:mm" (24-hour).
 *
 * @example
 * timeOfDaySchema.parse('08:00'); // '08:00'
 */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour "HH:mm", e.g. "08:00".');

/**
 * Minutes after local midnight.
 *
 * @example
 * minutesOfDay('08:30'); // 510
 */
export function minutesOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Splits "HH:mm" into luxon `set` units.
 *
 * @example
 * clockUnits('18:30'); // { hour: 18, minute: 30, second: 0, millisecond: 0 }
 */
export function clockUnits(time: string): { hour: number; minute: number; second: 0; millisecond: 0 } {
  const total = minutesOfDay(time);
  return { hour: Math.floor(total / 60), minute: total % 60, second: 0, millisecond: 0 };
}

/**
 * A calendar date "yyyy-MM-dd" that exists.
 *
 * @example
 * isoDateSchema.parse('2026-03-12'); // '2026-03-12'
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use "yyyy-MM-dd", e.g. "2026-03-12".')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'This calendar date does not exist.');
