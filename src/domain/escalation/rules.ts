import { Duration } from 'luxon';
import { z } from 'zod';
import { CONDITION_CODES, type ConditionCode, type Level } from './conditions.js';

/** An ISO 8601 duration such as `PT6H` or `P3D`; days are 24 hours. */
const isoDuration = z.string().refine((text) => {
  const duration = Duration.fromISO(text);
  return duration.isValid && duration.toMillis() > 0;
}, 'Use a positive ISO 8601 duration such as "PT6H" (6 hours) or "P3D" (3 days).');

const clinicalRole = z.enum(['kader', 'puskesmas']);

/** One condition's policy: who hears of it, how fast they must acknowledge, when it is over. */
export const conditionRuleSchema = z.strictObject({
  enabled: z.boolean(),
  severity: z.enum(['urgent', 'high', 'follow_up']),
  /** Roles alerted as soon as the episode opens. The chain itself always starts at the kader. */
  notify: z.array(clinicalRole).min(1),
  /** Tell the lurah at once, without names (urgent cases). */
  informLurah: z.boolean(),
  /** Send the family referral advice (go to the puskesmas) with the alert. */
  familyAdvice: z.boolean(),
  /** Time to acknowledge at each level before the alert goes one level up. */
  ackDeadlines: z.strictObject({ kader: isoDuration, puskesmas: isoDuration, lurah: isoDuration }),
  /** Consecutive measurements without the condition that close the episode. */
  recovery: z.strictObject({ consecutiveClear: z.number().int().min(1).max(6) }),
  /** Roles allowed to mark the alert resolved. */
  resolvableBy: z.array(clinicalRole).min(1),
});

export type ConditionRule = z.infer<typeof conditionRuleSchema>;

/** The whole escalation policy; `version` lets a stored override be migrated later. */
export const escalationRulesSchema = z.strictObject({
  version: z.literal(1),
  conditions: z.strictObject(
    Object.fromEntries(CONDITION_CODES.map((code) => [code, conditionRuleSchema])) as Record<
      ConditionCode,
      typeof conditionRuleSchema
    >,
  ),
});

export type EscalationRules = z.infer<typeof escalationRulesSchema>;

type Deadlines = Record<Level, string>;
const URGENT_DEADLINES: Deadlines = { kader: 'PT6H', puskesmas: 'PT12H', lurah: 'PT24H' };

function rule(partial: Omit<ConditionRule, 'enabled'>): ConditionRule {
  return { enabled: true, ...partial };
}

/**
 * The default policy (documented in `README.md` next to this file). Severe acute malnutrition is
 * urgent; stunting and moderate wasting go to kader and puskesmas within days; weight-trend
 * signals and the haz early warning are kader follow-ups.
 *
 * @example
 * DEFAULT_ESCALATION_RULES.conditions.severe_wasting.severity; // 'urgent'
 * DEFAULT_ESCALATION_RULES.conditions.severe_wasting.ackDeadlines.kader; // 'PT6H'
 */
export const DEFAULT_ESCALATION_RULES: EscalationRules = deepFreeze({
  version: 1,
  conditions: {
    severe_wasting: rule({
      severity: 'urgent', notify: ['kader', 'puskesmas'], informLurah: true, familyAdvice: true,
      ackDeadlines: URGENT_DEADLINES, recovery: { consecutiveClear: 2 }, resolvableBy: ['puskesmas'],
    }),
    oedema: rule({
      severity: 'urgent', notify: ['kader', 'puskesmas'], informLurah: true, familyAdvice: true,
      ackDeadlines: URGENT_DEADLINES, recovery: { consecutiveClear: 2 }, resolvableBy: ['puskesmas'],
    }),
    // Moderate acute malnutrition: not an emergency, but it turns into one; the puskesmas TPG
    // must know within days, faster than for stunting.
    wasting: rule({
      severity: 'high', notify: ['kader', 'puskesmas'], informLurah: false, familyAdvice: true,
      ackDeadlines: { kader: 'P2D', puskesmas: 'P3D', lurah: 'P7D' },
      recovery: { consecutiveClear: 2 }, resolvableBy: ['kader', 'puskesmas'],
    }),
    severe_stunting: rule({
      severity: 'high', notify: ['kader', 'puskesmas'], informLurah: false, familyAdvice: true,
      ackDeadlines: { kader: 'P2D', puskesmas: 'P3D', lurah: 'P7D' },
      recovery: { consecutiveClear: 1 }, resolvableBy: ['kader', 'puskesmas'],
    }),
    stunting: rule({
      severity: 'high', notify: ['kader', 'puskesmas'], informLurah: false, familyAdvice: true,
      ackDeadlines: { kader: 'P3D', puskesmas: 'P7D', lurah: 'P14D' },
      recovery: { consecutiveClear: 1 }, resolvableBy: ['kader', 'puskesmas'],
    }),
    faltering_2t: rule({
      severity: 'follow_up', notify: ['kader'], informLurah: false, familyAdvice: true,
      ackDeadlines: { kader: 'P3D', puskesmas: 'P7D', lurah: 'P14D' },
      recovery: { consecutiveClear: 2 }, resolvableBy: ['kader', 'puskesmas'],
    }),
    below_red_line: rule({
      severity: 'follow_up', notify: ['kader'], informLurah: false, familyAdvice: true,
      ackDeadlines: { kader: 'P3D', puskesmas: 'P7D', lurah: 'P14D' },
      recovery: { consecutiveClear: 1 }, resolvableBy: ['kader', 'puskesmas'],
    }),
    growth_faltering: rule({
      severity: 'follow_up', notify: ['kader'], informLurah: false, familyAdvice: true,
      ackDeadlines: { kader: 'P7D', puskesmas: 'P7D', lurah: 'P14D' },
      recovery: { consecutiveClear: 2 }, resolvableBy: ['kader', 'puskesmas'],
    }),
    haz_falling: rule({
      severity: 'follow_up', notify: ['kader'], informLurah: false, familyAdvice: false,
      ackDeadlines: { kader: 'P14D', puskesmas: 'P14D', lurah: 'P30D' },
      recovery: { consecutiveClear: 1 }, resolvableBy: ['kader', 'puskesmas'],
    }),
  },
});

/**
 * A deadline in milliseconds, for the level an alert is at.
 *
 * @example
 * deadlineMs({ kader: 'PT6H', puskesmas: 'PT12H', lurah: 'PT24H' }, 'kader'); // 21_600_000
 */
export function deadlineMs(deadlines: Record<Level, string>, level: Level): number {
  return Duration.fromISO(deadlines[level]).toMillis();
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
