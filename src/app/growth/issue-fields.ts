import type { PlausibilityIssue } from '../../domain/growth/index.js';

/** The value an issue is about; a confirmation accepts the issues of one value at a time. */
export type IssueField = 'weight' | 'length' | 'head' | 'arm';

/** A check of the app on top of the domain's: standing under 9 months (WHO applies no +0.7 cm). */
export type MeasurementIssue = PlausibilityIssue | { code: 'standing_under_9_months' };

/**
 * The values an issue is about. Weight-for-length and BMI depend on both weight and length.
 *
 * @example
 * issueFields({ code: 'implausible_z', indicator: 'whz', z: -5.4 }); // ['weight', 'length']
 */
export function issueFields(issue: MeasurementIssue): IssueField[] {
  switch (issue.code) {
    case 'implausible_z':
      if (issue.indicator === 'waz') return ['weight'];
      if (issue.indicator === 'haz') return ['length'];
      if (issue.indicator === 'hcz') return ['head'];
      if (issue.indicator === 'acz') return ['arm'];
      return ['weight', 'length'];
    case 'weight_jump':
    case 'weight_drop':
    case 'weight_decimal_slip':
      return ['weight'];
    default:
      return ['length'];
  }
}

/**
 * The issues still open after some values were confirmed as typed; `true` confirms everything.
 *
 * @example
 * openIssues(issues, ['weight']); // issues about the length only
 */
export function openIssues(issues: readonly MeasurementIssue[], confirmed: boolean | readonly IssueField[] | undefined): MeasurementIssue[] {
  if (confirmed === true) return [];
  const accepted = Array.isArray(confirmed) ? confirmed : [];
  return issues.filter((issue) => !issueFields(issue).some((field) => accepted.includes(field)));
}
