import { DateTime } from 'luxon';
import { z } from 'zod';

/** ISO weekday as luxon numbers it: 1 = Monday … 7 = Sunday. */
const weekdaySchema = z.number().int().min(1).max(7);

/**
 * How a posyandu repeats each month, stored as plain JSON.
 *
 * - `day_of_month`: "every 12th". In a month without that day (31st in April, 29th–31st in February)
 *   the session is on the month's last day, so no month goes without a session.
 * - `nth_weekday`: "second Tuesday". `n` is 1–4 only: every month has four of each weekday but not
 *   always a fifth, and a rule that silently skips most months is never what a posyandu means.
 *   Use `last_weekday` for "the last Thursday".
 * - `last_weekday`: "last Thursday".
 *
 * @example
 * recurrenceSchema.parse({ kind: 'nth_weekday', n: 2, weekday: 2 }); // second Tuesday
 */
export const recurrenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('day_of_month'), day: z.number().int().min(1).max(31) }),
  z.object({
    kind: z.literal('nth_weekday'),
    n: z
      .number()
      .int()
      .min(1)
      .max(4, 'Only the 1st to 4th weekday exists in every month; use { kind: "last_weekday" } instead.'),
    weekday: weekdaySchema,
  }),
  z.object({ kind: z.literal('last_weekday'), weekday: weekdaySchema }),
]);
export type Recurrence = z.infer<typeof recurrenceSchema>;

/**
 * The date ("yyyy-MM-dd") the rule gives in a month, before holidays and exceptions.
 *
 * @example
 * ruleDateInMonth({ kind: 'day_of_month', day: 31 }, 2026, 2); // '2026-02-28'
 * ruleDateInMonth({ kind: 'last_weekday', weekday: 4 }, 2026, 4); // '2026-04-30'
 */
export function ruleDateInMonth(rule: Recurrence, year: number, month: number): string {
  const first = DateTime.utc(year, month, 1);
  const daysInMonth = first.daysInMonth ?? 28;
  switch (rule.kind) {
    case 'day_of_month':
      return first.set({ day: Math.min(rule.day, daysInMonth) }).toISODate() ?? '';
    case 'nth_weekday': {
      const offset = (rule.weekday - first.weekday + 7) % 7;
      return first.plus({ days: offset + (rule.n - 1) * 7 }).toISODate() ?? '';
    }
    case 'last_weekday': {
      const last = first.set({ day: daysInMonth });
      const back = (last.weekday - rule.weekday + 7) % 7;
      return last.minus({ days: back }).toISODate() ?? '';
    }
  }
}
