import { holidayYearSchema, type Holiday, type HolidayYear } from './holiday.js';
import year2026 from './holidays/2026.json' with { type: 'json' };
import year2027 from './holidays/2027.json' with { type: 'json' };

/**
 * The shipped year files, validated when the module loads so a bad edit fails at boot, not at a session.
 * To add a year: drop `holidays/<year>.json` beside the others and list it here.
 *
 * @example
 * HOLIDAY_YEARS.map((y) => `${y.year}:${y.status}`); // ['2026:official', '2027:estimated']
 */
export const HOLIDAY_YEARS: readonly HolidayYear[] = [year2026, year2027].map((file) => holidayYearSchema.parse(file));

/**
 * Every shipped national holiday and cuti bersama day of Indonesia.
 *
 * @example
 * NATIONAL_HOLIDAYS.find((h) => h.date === '2026-03-21')?.nameId; // 'Idul Fitri 1447 Hijriah'
 */
export const NATIONAL_HOLIDAYS: readonly Holiday[] = HOLIDAY_YEARS.flatMap((file) => file.holidays);
