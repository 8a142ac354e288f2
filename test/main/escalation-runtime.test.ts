import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_RULES } from '../../src/domain/escalation/index.js';
import { loadEscalationRules } from '../../src/main/escalation-runtime.js';

const dir = mkdtempSync(join(tmpdir(), 'rules-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadEscalationRules', () => {
  it('uses the defaults without a file, and the shipped example changes nothing', () => {
    expect(loadEscalationRules({})).toBe(DEFAULT_ESCALATION_RULES);
    expect(loadEscalationRules({ ESCALATION_RULES_FILE: 'config/escalation.yaml' })).toEqual(DEFAULT_ESCALATION_RULES);
  });

  it('applies an override', () => {
    const rules = loadEscalationRules({ ESCALATION_RULES_FILE: file('ok.yaml', 'conditions:\n  severe_wasting:\n    ackDeadlines: { kader: PT4H }\n') });
    expect(rules.conditions.severe_wasting.ackDeadlines).toEqual({ kader: 'PT4H', puskesmas: 'PT12H', lurah: 'PT24H' });
  });

  it.each([
    ['a missing file', join(dir, 'missing.yaml'), /cannot read/],
    ['a bad duration', file('bad.yaml', 'conditions:\n  stunting:\n    ackDeadlines: { kader: 3 days }\n'), /conditions\.stunting\.ackDeadlines\.kader/],
    ['an unknown condition', file('unknown.yaml', 'conditions:\n  obesity: { enabled: true }\n'), /obesity|Unrecognized/],
    ['broken YAML', file('broken.yaml', 'conditions: [\n'), /not valid YAML/],
  ])('stops start-up on %s with the file and the path', (_name, path, message) => {
    expect(() => loadEscalationRules({ ESCALATION_RULES_FILE: path })).toThrow(message);
    expect(() => loadEscalationRules({ ESCALATION_RULES_FILE: path })).toThrow(/ESCALATION_RULES_FILE/);
  });
});
