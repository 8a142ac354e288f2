/** Days per month as WHO counts them (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

/** The WHO 2006 standards end at 60 months; charts never go past it. */
export const LAST_MONTH = 60;

/** The span of ages a chart shows, in whole months. */
export interface AgeWindow {
  fromMonth: number;
  toMonth: number;
}

const BABY_WINDOWS: readonly AgeWindow[] = [
  { fromMonth: 0, toMonth: 6 },
  { fromMonth: 0, toMonth: 12 },
  { fromMonth: 0, toMonth: 24 },
];

/**
 * The window that fits the child: the smallest of 0–6, 0–12 and 0–24 months that leaves half a month
 * of room after the latest measurement (so the newest point is not drawn on the border), as the
 * KMS's first page does; beyond that 0–60 months, or 24–60 when every point is past 24 months
 * (the KMS's second page), which keeps older children's curves from being squashed.
 *
 * @example
 * chooseAgeWindow([30, 200]); // { fromMonth: 0, toMonth: 12 }
 * chooseAgeWindow([800, 1200]); // { fromMonth: 24, toMonth: 60 }
 */
export function chooseAgeWindow(ageDays: readonly number[]): AgeWindow {
  if (ageDays.length === 0) return { fromMonth: 0, toMonth: 24 };
  const firstMonth = Math.min(...ageDays) / DAYS_PER_MONTH;
  const lastMonth = Math.max(...ageDays) / DAYS_PER_MONTH;
  const fitting = BABY_WINDOWS.find((window) => lastMonth <= window.toMonth - 0.5);
  if (fitting) return fitting;
  return { fromMonth: firstMonth >= 24 ? 24 : 0, toMonth: LAST_MONTH };
}

/**
 * Age in days as (fractional) months, the x unit of every chart.
 *
 * @example
 * daysToMonths(365.25); // 12
 */
export function daysToMonths(ageDays: number): number {
  return ageDays / DAYS_PER_MONTH;
}
