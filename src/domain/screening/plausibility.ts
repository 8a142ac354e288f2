/**
 * Values a kader cannot have read off a device or a tape, asked about before anything is saved
 * (like the children's plausibility checks): a slip of a digit costs a referral or hides one.
 * The ranges are wide on purpose: they catch typing errors, not rare illness (a systolic of 250
 * is rare and real, 25 is a slip).
 */

/** Inclusive bounds per value. */
export const PLAUSIBLE = {
  systolic: { min: 70, max: 260 },
  diastolic: { min: 40, max: 150 },
  sugarMgDl: { min: 20, max: 600 },
  weightKg: { min: 25, max: 250 },
  heightCm: { min: 120, max: 210 },
  waistCm: { min: 40, max: 200 },
} as const;

export type ScreeningValueName = keyof typeof PLAUSIBLE;

export type ScreeningIssue =
  | { code: 'out_of_range'; value: ScreeningValueName; entered: number; min: number; max: number }
  /** Systolic must be above diastolic: the two numbers were swapped or one was mistyped. */
  | { code: 'systolic_not_above_diastolic'; systolic: number; diastolic: number };

export type ScreeningValues = Partial<Record<ScreeningValueName, number>>;

/**
 * Every implausible value of a screening, in a stable order; empty when all are plausible.
 *
 * @example
 * checkScreening({ systolic: 85, diastolic: 130 }); // [{ code: 'systolic_not_above_diastolic', … }]
 */
export function checkScreening(values: ScreeningValues): ScreeningIssue[] {
  const issues: ScreeningIssue[] = [];
  for (const name of Object.keys(PLAUSIBLE) as ScreeningValueName[]) {
    const entered = values[name];
    if (entered === undefined) continue;
    const { min, max } = PLAUSIBLE[name];
    if (!(entered >= min && entered <= max)) issues.push({ code: 'out_of_range', value: name, entered, min, max });
  }
  const { systolic, diastolic } = values;
  if (systolic !== undefined && diastolic !== undefined && systolic <= diastolic) {
    issues.push({ code: 'systolic_not_above_diastolic', systolic, diastolic });
  }
  return issues;
}
