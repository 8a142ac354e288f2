/** Tick positions along one axis: labelled major ticks and unlabelled minor grid lines. */
export interface Ticks {
  major: number[];
  minor: number[];
}

const NICE_STEPS = [0.5, 1, 2, 5, 10, 20] as const;

/**
 * The smallest "nice" step (0.5, 1, 2, 5, 10, 20) that cuts `span` into at most `maxIntervals`.
 *
 * @example
 * niceStep(14, 12); // 2
 */
export function niceStep(span: number, maxIntervals: number): number {
  return NICE_STEPS.find((step) => span / step <= maxIntervals) ?? NICE_STEPS[NICE_STEPS.length - 1]!;
}

/**
 * Multiples of `step` from `from` to `to` inclusive, rounded so 0.1 + 0.2 noise never shows.
 *
 * @example
 * ticksBetween(0, 6, 2); // [0, 2, 4, 6]
 */
export function ticksBetween(from: number, to: number, step: number): number[] {
  const ticks: number[] = [];
  const first = Math.ceil(from / step - 1e-9);
  // `|| 0` turns the -0 that ceil(-1e-9) gives into 0.
  for (let i = first; i * step <= to + 1e-9; i++) ticks.push(Math.round(i * step * 1000) / 1000 || 0);
  return ticks;
}

/**
 * Month ticks as a KMS reads: every month on short windows, every 2 up to two years, every 6
 * (grid every 3) on the 0–60 page.
 *
 * @example
 * monthTicks(0, 24).major; // [0, 2, 4, …, 24]
 */
export function monthTicks(fromMonth: number, toMonth: number): Ticks {
  const span = toMonth - fromMonth;
  const [majorStep, minorStep] = span <= 12 ? [1, 1] : span <= 24 ? [2, 1] : [6, 3];
  const major = ticksBetween(fromMonth, toMonth, majorStep);
  const minor = ticksBetween(fromMonth, toMonth, minorStep).filter((m) => !major.includes(m));
  return { major, minor };
}
