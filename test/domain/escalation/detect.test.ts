import { describe, expect, it } from 'vitest';
import { detectConditions, observeCondition, type ConditionCode, type Observation } from '../../../src/domain/escalation/index.js';
import { assess } from './fixtures.js';

describe('detectConditions', () => {
  it.each<[string, Parameters<typeof assess>[0], ConditionCode[]]>([
    ['healthy child', {}, []],
    ['severe wasting by category', { categories: { whz: 'severely_wasted' } }, ['severe_wasting']],
    ['wasting by category', { categories: { whz: 'wasted' } }, ['wasting']],
    ['severe wasting by z when category missing', { categories: {}, zScores: { whz: -3.01 } }, ['severe_wasting']],
    ['whz exactly −3 is wasting, not severe', { categories: {}, zScores: { whz: -3 } }, ['wasting']],
    ['whz exactly −2 is normal', { categories: {}, zScores: { whz: -2 } }, []],
    ['oedema alone', { oedema: true }, ['oedema']],
    ['severe stunting', { categories: { haz: 'severely_stunted' } }, ['severe_stunting']],
    ['stunting', { categories: { haz: 'stunted' } }, ['stunting']],
    ['stunting by z', { categories: {}, zScores: { haz: -2.4 } }, ['stunting']],
    ['category wins over z', { categories: { haz: 'normal' }, zScores: { haz: -2.4 } }, []],
    ['haz falling early warning', { hazFalling: true }, ['haz_falling']],
    ['stunting outranks haz falling', { categories: { haz: 'stunted' }, hazFalling: true }, ['stunting']],
    ['one T', { kms: 'T' }, ['growth_faltering']],
    ['2T', { kms: '2T' }, ['faltering_2t']],
    ['O says nothing', { kms: 'O' }, []],
    ['B says nothing', { kms: 'B' }, []],
    ['below red line', { belowRedLine: true }, ['below_red_line']],
    ['tall and overweight are not alerts', { categories: { haz: 'tall', whz: 'obese' } }, []],
    ['nothing measured', { categories: {}, zScores: {}, kms: undefined, belowRedLine: undefined, oedema: undefined, hazFalling: undefined }, []],
    [
      'several families at once',
      { categories: { haz: 'stunted', whz: 'severely_wasted' }, oedema: true, kms: '2T', belowRedLine: true },
      ['stunting', 'severe_wasting', 'oedema', 'faltering_2t', 'below_red_line'],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(detectConditions(assess(overrides))).toEqual(expected);
  });
});

describe('observeCondition', () => {
  it.each<[ConditionCode, Parameters<typeof assess>[0], Observation]>([
    ['stunting', { categories: { haz: 'normal' } }, 'clear'],
    ['stunting', { categories: { haz: 'stunted' } }, 'present'],
    ['severe_stunting', { categories: { haz: 'stunted' } }, 'present'],
    ['severe_stunting', { categories: { haz: 'normal' } }, 'clear'],
    ['stunting', { categories: {}, zScores: {} }, 'unknown'],
    ['haz_falling', { hazFalling: false }, 'clear'],
    ['haz_falling', { hazFalling: true }, 'present'],
    ['haz_falling', { hazFalling: undefined, categories: {}, zScores: {} }, 'unknown'],
    ['haz_falling', { hazFalling: false, categories: { haz: 'stunted' } }, 'present'],
    ['severe_wasting', { categories: { whz: 'wasted' } }, 'present'],
    ['wasting', { categories: { whz: 'normal' } }, 'clear'],
    ['oedema', { oedema: false }, 'clear'],
    ['oedema', { oedema: undefined }, 'unknown'],
    ['growth_faltering', { kms: 'N' }, 'clear'],
    ['growth_faltering', { kms: '2T' }, 'present'],
    ['faltering_2t', { kms: 'O' }, 'unknown'],
    ['below_red_line', { belowRedLine: false }, 'clear'],
    ['below_red_line', { belowRedLine: true }, 'present'],
  ])('%s with %j → %s', (code, overrides, expected) => {
    expect(observeCondition(code, assess(overrides))).toBe(expected);
  });
});
