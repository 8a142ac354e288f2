import { DEFAULT_QUIET_HOURS, type QuietHours } from '../../domain/schedule/index.js';
import type { ScheduleStore } from './schedule-ports.js';

/**
 * A posyandu's quiet hours (its reminder policy), or the default 21:00–06:00 without a schedule:
 * every message to families keeps them.
 *
 * @example
 * await quietHoursOf(deps, 'psy-mawar'); // { start: '21:00', end: '06:00' }
 */
export async function quietHoursOf(deps: { schedules: Pick<ScheduleStore, 'get'> }, posyanduId: string): Promise<QuietHours> {
  return (await deps.schedules.get(posyanduId))?.reminderPolicy.quietHours ?? DEFAULT_QUIET_HOURS;
}
