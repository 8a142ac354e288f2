/**
 * Kelas Ibu Hamil, the class for pregnant women that a posyandu session may hold: who it is for
 * (a window of gestational weeks) and how often to come. Data and source in `class.json`.
 */
import { gestationOn } from './due-date.js';
import data from './class.json' with { type: 'json' };

export interface AntenatalClassRules {
  readonly fromWeek: number;
  readonly toWeek: number;
  readonly minimumMeetings: number;
}

export const ANTENATAL_CLASS: AntenatalClassRules = data;

/**
 * The completed weeks of pregnancy the mother will have on the class's day when they are in its
 * window (both ends included, as "4 s/d 36 minggu" reads), or undefined: too early or too near the birth.
 *
 * @example
 * classWeekOn('2026-12-04', '2026-08-11'); // 23
 * classWeekOn('2026-12-04', '2026-11-10'); // 36
 * classWeekOn('2026-12-04', '2026-11-13'); // undefined (37 weeks: the birth is near)
 */
export function classWeekOn(dueDate: string, classDay: string, rules: AntenatalClassRules = ANTENATAL_CLASS): number | undefined {
  const { weeks } = gestationOn(dueDate, classDay);
  return weeks >= rules.fromWeek && weeks <= rules.toWeek ? weeks : undefined;
}
