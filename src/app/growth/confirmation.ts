import type { Translate } from '../../i18n/catalog.js';
import type { Lang } from '../../shared/lang.js';
import { formatDecimal } from './format.js';
import { issueFields, type IssueField, type MeasurementIssue } from './issue-fields.js';
import type { FlowValues } from './typed-values.js';

/** One plausibility question: its text, the choices, and what each choice changes. */
export interface ConfirmationQuestion {
  question: string;
  /** `means`: the choice a plain yes or no picks (the engine reads it). */
  choices: Array<{ id: 'suggested' | 'entered' | 'again'; text: string; means?: 'yes' | 'no' }>;
  fields: IssueField[];
  suggested: number | null;
}

const FIELD = { weight: 'weightKg', length: 'lengthCm', head: 'headCm', arm: 'armCm' } as const;
const UNIT: Record<string, string> = { weight_decimal_slip: 'kg', lenhei_decimal_slip: 'cm' };

/**
 * Asks about the first open issue ("8,5 kg atau 85 kg?"): a decimal slip offers the suggested value,
 * the typed one and re-typing; any other issue offers "the number is right" and re-typing. Parents get
 * plain words, kader the growth domain's check texts.
 *
 * @example
 * confirmationQuestion(t, 'id', [{ code: 'weight_decimal_slip', entered: 85, suggested: 8.5 }], 'parent').choices.map((c) => c.text);
 * // ['8,5 kg', '85 kg', 'Ketik ulang']
 */
export function confirmationQuestion(t: Translate, lang: Lang, issues: readonly MeasurementIssue[], style: 'parent' | 'kader'): ConfirmationQuestion {
  const issue = issues[0]!;
  const n = (v: number): string => formatDecimal(v, lang, 2);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(issue)) {
    if (typeof v === 'number') params[k] = k === 'days' ? v : n(v);
    else if (k === 'indicator') params[k] = t(lang, `growth.indicator.${String(v)}`);
  }
  const key = style === 'parent' ? `growth.confirm.parent.${issue.code}` : `growth.check.${issue.code}`;
  const again = { id: 'again' as const, text: t(lang, 'growth.confirm.again') };
  if (issue.code === 'weight_decimal_slip' || issue.code === 'lenhei_decimal_slip') {
    const unit = UNIT[issue.code]!;
    return {
      question: t(lang, key, params),
      // "Maksudnya 8,5 kg?" – "iya" is the suggested value; "tidak" could mean either other choice, so it is asked again.
      choices: [{ id: 'suggested', text: `${n(issue.suggested)} ${unit}`, means: 'yes' }, { id: 'entered', text: `${n(issue.entered)} ${unit}` }, again],
      fields: issueFields(issue),
      suggested: issue.suggested,
    };
  }
  return {
    question: t(lang, key, params),
    choices: [{ id: 'entered', text: t(lang, 'growth.confirm.correct'), means: 'yes' }, { ...again, means: 'no' }],
    fields: issueFields(issue),
    suggested: null,
  };
}

/**
 * Applies the answer: the suggested value replaces the typed one (and is checked again), "entered"
 * confirms the values the issue is about, "again" asks to type them anew, and a number typed as the
 * answer ("iya 8,7") replaces the value the question is about and is checked again.
 *
 * @example
 * applyConfirmation({ weightKg: 85, accepted: [] }, { fields: ['weight'], suggested: 8.5 }, 'suggested');
 * // { result: 'retry', values: { weightKg: 8.5, accepted: [] } }
 */
export function applyConfirmation(
  values: FlowValues,
  question: Pick<ConfirmationQuestion, 'fields' | 'suggested'>,
  answer: string,
): { result: 'retry' | 'again'; values: FlowValues } {
  if (answer === 'suggested' && question.suggested !== null) {
    const field = question.fields[0] === 'weight' ? 'weightKg' : 'lengthCm';
    return { result: 'retry', values: { ...values, [field]: question.suggested } };
  }
  const typed = /^\d+(?:\.\d+)?$/.test(answer) ? Number(answer) : undefined;
  const field = question.fields.length === 1 ? FIELD[question.fields[0]!] : undefined;
  if (typed !== undefined && typed > 0 && field) return { result: 'retry', values: { ...values, [field]: typed } };
  if (answer === 'entered') return { result: 'retry', values: { ...values, accepted: [...new Set([...values.accepted, ...question.fields])] } };
  return { result: 'again', values };
}
