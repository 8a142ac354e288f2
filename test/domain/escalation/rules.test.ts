import { describe, expect, it } from 'vitest';
import {
  CONDITION_CODES,
  DEFAULT_ESCALATION_RULES,
  escalationRulesFromYaml,
  escalationRulesSchema,
  parseEscalationRules,
} from '../../../src/domain/escalation/index.js';
import { isAppError } from '../../../src/shared/errors.js';

describe('default escalation rules', () => {
  it('pass their own schema and cover every condition', () => {
    expect(escalationRulesSchema.parse(DEFAULT_ESCALATION_RULES)).toEqual(DEFAULT_ESCALATION_RULES);
    expect(Object.keys(DEFAULT_ESCALATION_RULES.conditions).sort()).toEqual([...CONDITION_CODES].sort());
  });

  it.each([
    ['severe_wasting', 'urgent', ['kader', 'puskesmas'], true, 'PT6H'],
    ['oedema', 'urgent', ['kader', 'puskesmas'], true, 'PT6H'],
    ['wasting', 'high', ['kader', 'puskesmas'], false, 'P2D'],
    ['severe_stunting', 'high', ['kader', 'puskesmas'], false, 'P2D'],
    ['stunting', 'high', ['kader', 'puskesmas'], false, 'P3D'],
    ['faltering_2t', 'follow_up', ['kader'], false, 'P3D'],
    ['below_red_line', 'follow_up', ['kader'], false, 'P3D'],
    ['growth_faltering', 'follow_up', ['kader'], false, 'P7D'],
    ['haz_falling', 'follow_up', ['kader'], false, 'P14D'],
  ] as const)('%s: %s, notifies %j, lurah informed %s, kader deadline %s', (code, severity, notify, informLurah, kaderDeadline) => {
    const rule = DEFAULT_ESCALATION_RULES.conditions[code];
    expect(rule.severity).toBe(severity);
    expect(rule.notify).toEqual(notify);
    expect(rule.informLurah).toBe(informLurah);
    expect(rule.ackDeadlines.kader).toBe(kaderDeadline);
  });

  it('family referral advice goes with every condition except the early warning', () => {
    const withAdvice = CONDITION_CODES.filter((c) => DEFAULT_ESCALATION_RULES.conditions[c].familyAdvice);
    expect(withAdvice).not.toContain('haz_falling');
    expect(withAdvice).toHaveLength(CONDITION_CODES.length - 1);
  });

  it('are frozen so nobody changes the defaults by accident', () => {
    expect(Object.isFrozen(DEFAULT_ESCALATION_RULES.conditions.stunting.ackDeadlines)).toBe(true);
  });
});

describe('parseEscalationRules', () => {
  it('merges an override field by field and deadline by deadline', () => {
    const rules = parseEscalationRules({ conditions: { stunting: { ackDeadlines: { kader: 'P5D' } }, haz_falling: { enabled: false } } });
    expect(rules.conditions.stunting.ackDeadlines).toEqual({ kader: 'P5D', puskesmas: 'P7D', lurah: 'P14D' });
    expect(rules.conditions.stunting.severity).toBe('high');
    expect(rules.conditions.haz_falling.enabled).toBe(false);
    expect(rules.conditions.wasting).toEqual(DEFAULT_ESCALATION_RULES.conditions.wasting);
  });

  it('returns the defaults for an empty override', () => {
    expect(parseEscalationRules(undefined)).toEqual(DEFAULT_ESCALATION_RULES);
  });

  it.each([
    ['unknown condition', { conditions: { obesity: { enabled: true } } }, 'conditions'],
    ['bad duration', { conditions: { stunting: { ackDeadlines: { kader: '3 days' } } } }, 'ackDeadlines.kader'],
    ['zero duration', { conditions: { stunting: { ackDeadlines: { kader: 'PT0H' } } } }, 'ackDeadlines.kader'],
    ['lurah as a named recipient', { conditions: { oedema: { notify: ['lurah'] } } }, 'notify'],
    ['unknown severity', { conditions: { oedema: { severity: 'critical' } } }, 'severity'],
    ['recovery of zero measurements', { conditions: { wasting: { recovery: { consecutiveClear: 0 } } } }, 'recovery'],
    ['wrong version', { version: 2 }, 'version'],
  ])('rejects %s with CONFIG_INVALID naming the path', (_name, override, path) => {
    try {
      parseEscalationRules(override);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
      expect((error as Error).message).toContain(path);
    }
  });

  it('loads a YAML override', () => {
    const rules = escalationRulesFromYaml('conditions:\n  severe_wasting:\n    ackDeadlines:\n      kader: PT2H\n');
    expect(rules.conditions.severe_wasting.ackDeadlines.kader).toBe('PT2H');
  });

  it('reports broken YAML as CONFIG_INVALID', () => {
    expect(() => escalationRulesFromYaml('conditions: [')).toThrowError(/not valid YAML/);
  });
});
