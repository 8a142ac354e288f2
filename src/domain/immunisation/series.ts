import { ROUTINE_SCHEDULE, type ScheduledDose } from './doses.js';

/**
 * The series a dose belongs to: its id without the dose number (`polio3` → `polio`, `dpt_hb_hib4` →
 * `dpt_hb_hib`); HB0 is a series of one.
 *
 * @example
 * seriesOf('pcv2'); // 'pcv'
 */
export function seriesOf(doseId: string): string {
  return doseId === 'hb0' ? 'hb0' : doseId.replace(/\d+$/, '');
}

/**
 * The dose of a series someone means: by its number ("polio 2" → `polio2`), or without one, the
 * first of the series the child has not received (a mother who says "sudah polio" after polio 1 means
 * polio 2). Null when the series has no such dose, or every dose of it was received.
 *
 * @example
 * doseOfSeries('polio', undefined, new Set(['polio1'])); // 'polio2'
 * doseOfSeries('dpt_hb_hib', 4, new Set());               // 'dpt_hb_hib4'
 */
export function doseOfSeries(series: string, number: number | undefined, received: ReadonlySet<string>, doses: readonly ScheduledDose[] = ROUTINE_SCHEDULE): string | null {
  const ofSeries = doses.filter((d) => seriesOf(d.id) === series);
  if (number !== undefined) return ofSeries.find((d) => d.id === `${series}${number}`)?.id ?? (series === 'hb0' && number === 0 ? 'hb0' : null);
  return ofSeries.find((d) => !received.has(d.id))?.id ?? null;
}

/**
 * The last dose of a series (the booster: "DPT lanjutan" → `dpt_hb_hib4`, "MR lanjutan" → `mr2`).
 *
 * @example
 * boosterOf('mr'); // 'mr2'
 */
export function boosterOf(series: string, doses: readonly ScheduledDose[] = ROUTINE_SCHEDULE): string | null {
  return doses.filter((d) => seriesOf(d.id) === series).at(-1)?.id ?? null;
}
