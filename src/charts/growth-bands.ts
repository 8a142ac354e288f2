import { DAYS_PER_MONTH, type AgeWindow } from './age-window.js';
import type { ChartIndicator, ChartReference, Sex } from './chart-reference.js';

/** A point in data units: age in months on x, kg or cm on y. */
export interface ChartPoint {
  month: number;
  value: number;
}

/** The curve of the measurement that lies `z` SD from the median, across the window. */
export interface ZCurve {
  z: number;
  points: ChartPoint[];
}

/** KMS colour names, from the bottom band to the top one. */
export type BandKind = 'red' | 'yellow' | 'green-light' | 'green' | 'orange';

/** A coloured area between two z-curves; `null` means the floor (below −3) or ceiling (above +3). */
export interface Band {
  kind: BandKind;
  fromZ: number | null;
  toZ: number | null;
  /** Closed outline: the lower edge left to right, then the upper edge right to left. */
  polygon: ChartPoint[];
}

/** Every curve the bands need; −1 and +1 only split the darker green around the median. */
export const Z_LEVELS = [-3, -2, -1, 0, 1, 2, 3] as const;

/** The curves drawn as labelled lines (the KMS's lines), a subset of `Z_LEVELS`. */
export const Z_LINES = [-3, -2, 0, 2, 3] as const;

const BAND_SPECS: readonly (readonly [number | null, number | null, BandKind])[] = [
  [null, -3, 'red'],
  [-3, -2, 'yellow'],
  [-2, -1, 'green-light'],
  [-1, 1, 'green'],
  [1, 2, 'green-light'],
  [2, 3, 'yellow'],
  [3, null, 'orange'],
];

/** WHO switches from recumbent length to standing height between day 730 and 731. */
const LENGTH_TO_HEIGHT_DAYS = [730, 731] as const;

function sampleDays(window: AgeWindow, samples: number): number[] {
  const first = Math.round(window.fromMonth * DAYS_PER_MONTH);
  const last = Math.round(window.toMonth * DAYS_PER_MONTH);
  const days = new Set<number>([...LENGTH_TO_HEIGHT_DAYS].filter((d) => d >= first && d <= last));
  for (let i = 0; i <= samples; i++) days.add(Math.round(first + ((last - first) * i) / samples));
  return [...days].sort((a, b) => a - b);
}

/**
 * The −3 … +3 SD curves of `indicator` for `sex` across `window`, sampled at about `samples` whole
 * days (plus days 730 and 731, so the length→height step of `lhfa` is drawn sharp). Days the
 * reference does not cover are left out.
 *
 * @example
 * const curves = computeZCurves(whoReference, 'wfa', 1, { fromMonth: 0, toMonth: 24 });
 * curves.find((c) => c.z === 0)?.points[0]; // { month: 0, value: 3.3464 }
 */
export function computeZCurves(
  reference: ChartReference,
  indicator: ChartIndicator,
  sex: Sex,
  window: AgeWindow,
  samples = 120,
): ZCurve[] {
  const curves: ZCurve[] = Z_LEVELS.map((z) => ({ z, points: [] }));
  for (const day of sampleDays(window, samples)) {
    const lms = reference.lmsAt(indicator, sex, day);
    if (!lms) continue;
    const month = day / DAYS_PER_MONTH;
    for (const curve of curves) curve.points.push({ month, value: reference.valueAtZ(lms, curve.z) });
  }
  return curves;
}

function edge(curves: readonly ZCurve[], z: number | null, fallback: number, like: ZCurve): ChartPoint[] {
  if (z === null) return like.points.map((p) => ({ month: p.month, value: fallback }));
  const curve = curves.find((c) => c.z === z);
  if (!curve) throw new Error(`No z-curve at ${z}; computeZCurves makes every one of Z_LEVELS.`);
  return curve.points;
}

/**
 * The seven KMS bands from the z-curves, bottom to top; the red band reaches down to `floor` and the
 * orange one up to `ceiling` (the plot's value range).
 *
 * @example
 * computeBands(curves, 0, 20).map((b) => b.kind);
 * // ['red', 'yellow', 'green-light', 'green', 'green-light', 'yellow', 'orange']
 */
export function computeBands(curves: readonly ZCurve[], floor: number, ceiling: number): Band[] {
  const median = curves.find((c) => c.z === 0) ?? curves[0];
  if (!median) return [];
  return BAND_SPECS.map(([fromZ, toZ, kind]) => {
    const lower = edge(curves, fromZ, floor, median);
    const upper = edge(curves, toZ, ceiling, median);
    return { kind, fromZ, toZ, polygon: [...lower, ...[...upper].reverse()] };
  });
}
