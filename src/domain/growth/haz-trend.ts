/**
 * Early warning for faltering linear growth: a child not yet stunted whose length/height-for-age is
 * falling towards −2 SD.
 *
 * Rule: among the HAZ values of the last {@link HAZ_TREND_WINDOW_DAYS} days, take the highest one measured at
 * least {@link HAZ_TREND_MIN_SPAN_DAYS} days before the latest. Warn when it is at least
 * {@link HAZ_TREND_MIN_DROP} SD above the latest and the latest lies in [−2, −1): within one SD of stunting.
 * 0.5 SD is about 1.2 cm at one year, well above the error of a careful length measurement; the
 * 60-day span keeps two measurements of one visit (or of consecutive weeks) from raising it.
 */
import { isoDayNumber } from './age.js';

export const HAZ_TREND_WINDOW_DAYS = 183;
export const HAZ_TREND_MIN_SPAN_DAYS = 60;
export const HAZ_TREND_MIN_DROP = 0.5;

/** A dated 2-decimal HAZ (`AnthroResult.zRounded.haz`). */
export interface HazPoint {
  date: string;
  haz: number;
}

/** The warning, with the numbers a message needs. */
export interface HazFallingWarning {
  code: 'haz_falling';
  fromHaz: number;
  toHaz: number;
  drop: number;
  days: number;
}

/**
 * Returns the `haz_falling` warning for a child's HAZ history, or `undefined`.
 *
 * @example
 * hazFallingWarning([{ date: '2025-01-05', haz: -0.9 }, { date: '2025-04-05', haz: -1.5 }]);
 * // { code: 'haz_falling', fromHaz: -0.9, toHaz: -1.5, drop: 0.6, days: 90 }
 */
export function hazFallingWarning(points: readonly HazPoint[]): HazFallingWarning | undefined {
  const dated = points
    .map((point) => ({ ...point, day: isoDayNumber(point.date) }))
    .filter((point): point is HazPoint & { day: number } => point.day !== undefined && Number.isFinite(point.haz))
    .sort((a, b) => a.day - b.day);
  const latest = dated.at(-1);
  if (!latest || latest.haz < -2 || latest.haz >= -1) return undefined;
  const earlier = dated.filter(
    (point) => latest.day - point.day >= HAZ_TREND_MIN_SPAN_DAYS && latest.day - point.day <= HAZ_TREND_WINDOW_DAYS,
  );
  const highest = earlier.reduce<(typeof earlier)[number] | undefined>((best, p) => (!best || p.haz > best.haz ? p : best), undefined);
  if (!highest) return undefined;
  const drop = Math.round((highest.haz - latest.haz) * 100) / 100;
  if (drop < HAZ_TREND_MIN_DROP) return undefined;
  return { code: 'haz_falling', fromHaz: highest.haz, toHaz: latest.haz, drop, days: latest.day - highest.day };
}
