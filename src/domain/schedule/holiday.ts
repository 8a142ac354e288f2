import { z } from 'zod';
import { isoDateSchema } from './time-of-day.js';

/**
 * One day off in Indonesia. `cutiBersama` marks collective leave (not a libur nasional): a schedule's
 * holiday policy decides whether it stops a session. `tentative` marks a date we were not sure of.
 *
 * @example
 * holidaySchema.parse({ date: '2026-08-17', nameId: 'Proklamasi Kemerdekaan', nameEn: 'Independence Day', cutiBersama: false });
 */
export const holidaySchema = z.object({
  date: isoDateSchema,
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
  cutiBersama: z.boolean(),
  tentative: z.boolean().optional(),
});
export type Holiday = z.infer<typeof holidaySchema>;

/**
 * One year's file under `holidays/`: a new year is a new file with its source noted.
 *
 * @example
 * holidayYearSchema.parse(json2026).holidays.length; // 25
 */
export const holidayYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    status: z.enum(['official', 'estimated']),
    source: z.string().min(1),
    notes: z.string().optional(),
    holidays: z.array(holidaySchema),
  })
  .refine((file) => file.holidays.every((h) => h.date.startsWith(`${file.year}-`)), {
    message: 'Every holiday in a year file must fall in that year.',
  });
export type HolidayYear = z.infer<typeof holidayYearSchema>;

/** Holidays by date; a date can hold more than one entry. */
export type HolidayIndex = ReadonlyMap<string, readonly Holiday[]>;

/**
 * Indexes a list of holidays by date for quick look-ups.
 *
 * @example
 * indexHolidays(NATIONAL_HOLIDAYS).get('2026-08-17')?.[0]?.nameEn; // 'Independence Day'
 */
export function indexHolidays(holidays: readonly Holiday[]): HolidayIndex {
  const index = new Map<string, Holiday[]>();
  for (const holiday of holidays) {
    const list = index.get(holiday.date) ?? [];
    list.push(holiday);
    index.set(holiday.date, list);
  }
  return index;
}
