/**
 * Checks a new measurement before it is saved: values that need a second look and a likely decimal slip
 * with the value that was probably meant. Returns codes and numbers only; the bot words them.
 */
import { assessAnthropometry } from './assess.js';
import { isoDayNumber } from './age.js';
import type { Indicator } from './indicators.js';
import type { Measure } from './lenhei.js';
import type { Sex } from './reference.js';
import { lenheiChangeIssue, weightChangeIssue, type ChangeIssue } from './plausibility-limits.js';

/** One dated measurement of a child. */
export interface Measurement {
  date: string;
  weightKg?: number;
  lenheiCm?: number;
  measure?: Measure;
  oedema?: boolean;
  headCm?: number;
  armCm?: number;
}

/** Something to confirm with the kader before saving. */
export type PlausibilityIssue =
  | { code: 'implausible_z'; indicator: Indicator; z: number }
  | ChangeIssue
  | { code: 'weight_decimal_slip'; entered: number; suggested: number }
  | { code: 'lenhei_decimal_slip'; entered: number; suggested: number };

const WEIGHT_INDICES: readonly Indicator[] = ['waz', 'whz', 'baz'];
const LENHEI_INDICES: readonly Indicator[] = ['haz', 'whz', 'baz'];

interface Child {
  sex: Sex;
  birthDate: string;
}

function elapsedDays(previous: Measurement | undefined, current: Measurement): number {
  const from = previous && isoDayNumber(previous.date);
  const to = isoDayNumber(current.date);
  return from === undefined || to === undefined ? 0 : Math.max(0, to - from);
}

function rawIssues(child: Child, current: Measurement, previous: Measurement | undefined): PlausibilityIssue[] {
  const result = assessAnthropometry({ ...child, visitDate: current.date, ...current });
  const issues: PlausibilityIssue[] = [];
  for (const [indicator, flagged] of Object.entries(result.flags) as [Indicator, boolean][]) {
    if (flagged) issues.push({ code: 'implausible_z', indicator, z: result.zRounded[indicator] ?? Number.NaN });
  }
  const days = elapsedDays(previous, current);
  const weight = weightChangeIssue(previous?.weightKg, current.weightKg, days);
  if (weight) issues.push(weight);
  const lenhei = lenheiChangeIssue(previous, current, days);
  if (lenhei) issues.push(lenhei);
  return issues;
}

const isWeightIssue = (issue: PlausibilityIssue): boolean =>
  (issue.code === 'implausible_z' && WEIGHT_INDICES.includes(issue.indicator)) ||
  issue.code === 'weight_jump' ||
  issue.code === 'weight_drop';

const isLenheiIssue = (issue: PlausibilityIssue): boolean =>
  (issue.code === 'implausible_z' && LENHEI_INDICES.includes(issue.indicator)) ||
  issue.code === 'lenhei_shrink' ||
  issue.code === 'lenhei_jump';

/** The value ×10 or ÷10 that clears every issue of its kind, if exactly one does. */
function decimalSlip(
  entered: number | undefined,
  problem: (value: number) => boolean,
): number | undefined {
  if (entered === undefined || !problem(entered)) return undefined;
  const fits = [entered / 10, entered * 10].map((v) => Math.round(v * 1000) / 1000).filter((v) => !problem(v));
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * Issues of a new measurement, compared with the child's previous one if any: implausible z-scores
 * (WHO BIV flags), a weight gain or loss beyond what the elapsed days allow, a length/height that
 * shrinks beyond measurement error (lying vs standing allowed for) or grows impossibly fast, and a
 * likely decimal slip (entered ×10 or ÷10 clears the problems) reported instead of the issues it explains.
 *
 * @example
 * checkPlausibility({ sex: 1, birthDate: '2024-01-10' }, { date: '2025-01-10', weightKg: 85, lenheiCm: 75 });
 * // [{ code: 'weight_decimal_slip', entered: 85, suggested: 8.5 }]
 */
export function checkPlausibility(child: Child, current: Measurement, previous?: Measurement): PlausibilityIssue[] {
  let issues = rawIssues(child, current, previous);
  const weightSlip = decimalSlip(current.weightKg, (weightKg) =>
    rawIssues(child, { ...current, weightKg }, previous).some(isWeightIssue),
  );
  if (weightSlip !== undefined && current.weightKg !== undefined) {
    issues = [{ code: 'weight_decimal_slip', entered: current.weightKg, suggested: weightSlip }, ...issues.filter((i) => !isWeightIssue(i))];
  }
  const lenheiSlip = decimalSlip(current.lenheiCm, (lenheiCm) =>
    rawIssues(child, { ...current, lenheiCm, ...(weightSlip === undefined ? {} : { weightKg: weightSlip }) }, previous).some(isLenheiIssue),
  );
  if (lenheiSlip !== undefined && current.lenheiCm !== undefined) {
    issues = [{ code: 'lenhei_decimal_slip', entered: current.lenheiCm, suggested: lenheiSlip }, ...issues.filter((i) => !isLenheiIssue(i))];
  }
  return issues;
}
