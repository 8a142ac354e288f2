/**
 * How much weight and length/height can change between two visits before we ask for confirmation.
 * Generous on purpose: a warning costs the kader one tap, a missed slip corrupts a growth curve.
 */
import type { Measure } from './lenhei.js';

/** Scale and clothing noise (kg) plus the fastest sustained gain, incl. catch-up growth (kg/day). */
export const WEIGHT_GAIN_BASE_KG = 0.5;
export const WEIGHT_GAIN_PER_DAY_KG = 0.07;
/** Noise (kg) plus 10 % of body weight: acute diarrhoea/dehydration rarely takes more. */
export const WEIGHT_LOSS_BASE_KG = 0.3;
export const WEIGHT_LOSS_FRACTION = 0.1;
/** Measurement error of length/height (cm) and the lying-standing difference WHO uses. */
export const LENHEI_ERROR_CM = 1;
export const LYING_STANDING_CM = 0.7;
/** Fastest length velocity (≈ 4 cm/month in the first weeks) in cm/day. */
export const LENHEI_GAIN_PER_DAY_CM = 0.15;
export const LENHEI_GAIN_BASE_CM = 1.5;

/** A change between visits beyond the limits above (values rounded for display). */
export type ChangeIssue =
  | { code: 'weight_jump'; previous: number; entered: number; days: number; limit: number }
  | { code: 'weight_drop'; previous: number; entered: number; days: number; limit: number }
  | { code: 'lenhei_shrink'; previous: number; entered: number; days: number; limit: number }
  | { code: 'lenhei_jump'; previous: number; entered: number; days: number; limit: number };

const r3 = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Weight gain above 0.5 kg + 70 g/day, or loss above 0.3 kg + 10 % of the previous weight.
 *
 * @example
 * weightChangeIssue(8, 12, 30); // { code: 'weight_jump', previous: 8, entered: 12, days: 30, limit: 2.6 }
 */
export function weightChangeIssue(previous: number | undefined, entered: number | undefined, days: number): ChangeIssue | undefined {
  if (previous === undefined || entered === undefined) return undefined;
  const gainLimit = WEIGHT_GAIN_BASE_KG + WEIGHT_GAIN_PER_DAY_KG * days;
  if (entered - previous > gainLimit) return { code: 'weight_jump', previous, entered, days, limit: r3(gainLimit) };
  const lossLimit = WEIGHT_LOSS_BASE_KG + WEIGHT_LOSS_FRACTION * previous;
  if (previous - entered > lossLimit) return { code: 'weight_drop', previous, entered, days, limit: r3(lossLimit) };
  return undefined;
}

/**
 * Length/height shrinking by more than 1 cm (1.7 cm when the position changed or is unknown, since
 * standing reads about 0.7 cm less than lying), or growing by more than 1.5 cm + 0.15 cm/day.
 *
 * @example
 * lenheiChangeIssue({ lenheiCm: 80, measure: 'L' }, { lenheiCm: 78.5, measure: 'H' }, 30); // undefined
 */
export function lenheiChangeIssue(
  previous: { lenheiCm?: number; measure?: Measure } | undefined,
  current: { lenheiCm?: number; measure?: Measure },
  days: number,
): ChangeIssue | undefined {
  if (previous?.lenheiCm === undefined || current.lenheiCm === undefined) return undefined;
  const samePosition = previous.measure !== undefined && previous.measure === current.measure;
  const position = samePosition ? 0 : LYING_STANDING_CM;
  const [before, after] = [previous.lenheiCm, current.lenheiCm];
  const shrinkLimit = LENHEI_ERROR_CM + position;
  if (before - after > shrinkLimit) return { code: 'lenhei_shrink', previous: before, entered: after, days, limit: r3(shrinkLimit) };
  const gainLimit = LENHEI_GAIN_BASE_CM + LENHEI_GAIN_PER_DAY_CM * days + position;
  if (after - before > gainLimit) return { code: 'lenhei_jump', previous: before, entered: after, days, limit: r3(gainLimit) };
  return undefined;
}
