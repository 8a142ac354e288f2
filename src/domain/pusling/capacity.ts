import type { PuslingConfig } from './config.js';
import type { PuslingRequest } from './request.js';

/**
 * Pusling days a puskesmas may run in a month.
 *
 * @example
 * monthlyCapacity(DEFAULT_PUSLING_CONFIG, 'pkm-jatimulya'); // 1
 */
export function monthlyCapacity(config: PuslingConfig, puskesmasId: string): number {
  return config.capacity.perPuskesmas[puskesmasId] ?? config.capacity.defaultDaysPerMonth;
}

/**
 * The distinct dates (`YYYY-MM-DD`) already scheduled by a puskesmas in a month (`YYYY-MM`).
 *
 * @example
 * scheduledDays(requests, 'pkm-jatimulya', '2026-04'); // ['2026-04-14']
 */
export function scheduledDays(requests: readonly PuslingRequest[], puskesmasId: string, month: string): string[] {
  const days = new Set<string>();
  for (const r of requests) {
    if (r.state === 'scheduled' && r.schedule && r.area.puskesmasId === puskesmasId && r.schedule.date.startsWith(`${month}-`)) {
      days.add(r.schedule.date);
    }
  }
  return [...days].sort();
}

/** `date_taken`: the team is already out that day (merge instead); `capacity_full`: no day left that month. */
export type CapacityProblem = 'date_taken' | 'capacity_full';

/**
 * Checks that a puskesmas can take one more Pusling day on `date`, ignoring `exceptId` (the
 * request being rescheduled).
 *
 * @example
 * checkCapacity(requests, 'pkm-jatimulya', '2026-04-21', DEFAULT_PUSLING_CONFIG); // 'capacity_full' if April has its one day
 */
export function checkCapacity(
  requests: readonly PuslingRequest[],
  puskesmasId: string,
  date: string,
  config: PuslingConfig,
  exceptId?: string,
): CapacityProblem | undefined {
  const others = requests.filter((r) => r.id !== exceptId);
  const days = scheduledDays(others, puskesmasId, date.slice(0, 7));
  if (days.includes(date)) return 'date_taken';
  return days.length >= monthlyCapacity(config, puskesmasId) ? 'capacity_full' : undefined;
}
