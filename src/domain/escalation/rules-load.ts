import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { AppError } from '../../shared/errors.js';
import { CONDITION_CODES, type ConditionCode } from './conditions.js';
import {
  DEFAULT_ESCALATION_RULES,
  conditionRuleSchema,
  escalationRulesSchema,
  type ConditionRule,
  type EscalationRules,
} from './rules.js';

const conditionOverrideSchema = conditionRuleSchema.partial().extend({
  ackDeadlines: conditionRuleSchema.shape.ackDeadlines.partial().optional(),
});

/** What an override file may contain: any subset of any condition's fields. */
export const escalationRulesOverrideSchema = z.strictObject({
  version: z.literal(1).optional(),
  conditions: z
    .strictObject(
      Object.fromEntries(CONDITION_CODES.map((code) => [code, conditionOverrideSchema.optional()])) as Record<
        ConditionCode,
        z.ZodOptional<typeof conditionOverrideSchema>
      >,
    )
    .optional(),
});

export type EscalationRulesOverride = z.infer<typeof escalationRulesOverrideSchema>;

/**
 * Applies an override (parsed JSON or YAML) on top of a base policy and validates the result.
 * Only the fields given change; `ackDeadlines` merge level by level.
 *
 * @example
 * const rules = parseEscalationRules({ conditions: { stunting: { ackDeadlines: { kader: 'P5D' } } } });
 * rules.conditions.stunting.ackDeadlines; // { kader: 'P5D', puskesmas: 'P7D', lurah: 'P14D' }
 * @throws AppError `CONFIG_INVALID` naming the offending paths.
 */
export function parseEscalationRules(
  override: unknown,
  base: EscalationRules = DEFAULT_ESCALATION_RULES,
): EscalationRules {
  const parsed = escalationRulesOverrideSchema.safeParse(override ?? {});
  if (!parsed.success) throw invalid(parsed.error);
  const conditions = {} as Record<ConditionCode, ConditionRule>;
  for (const code of CONDITION_CODES) {
    const baseRule = base.conditions[code];
    const patch = parsed.data.conditions?.[code] ?? {};
    conditions[code] = { ...baseRule, ...patch, ackDeadlines: { ...baseRule.ackDeadlines, ...patch.ackDeadlines } };
  }
  const merged = escalationRulesSchema.safeParse({ version: 1, conditions });
  if (!merged.success) throw invalid(merged.error);
  return merged.data;
}

/**
 * Reads an override from YAML text (JSON is valid YAML too).
 *
 * @example
 * escalationRulesFromYaml('conditions:\n  haz_falling:\n    enabled: false\n');
 */
export function escalationRulesFromYaml(text: string, base: EscalationRules = DEFAULT_ESCALATION_RULES): EscalationRules {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new AppError('CONFIG_INVALID', 'The escalation rules file is not valid YAML; fix the syntax.', {}, { cause: error });
  }
  return parseEscalationRules(data, base);
}

function invalid(error: z.ZodError): AppError {
  const issues = error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return new AppError('CONFIG_INVALID', `Escalation rules are invalid: ${issues.join('; ')}`, { issues });
}
