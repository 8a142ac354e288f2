import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_RULES as RULES, evaluateChild, planEscalation, type DeriveId } from '../../../src/domain/escalation/index.js';
import { DAY, T0, assess, episode } from './fixtures.js';

const NOW = new Date(T0.getTime() + 31 * DAY);
const derive: DeriveId = (prefix, key) => `${prefix}(${key})`;

describe('planEscalation', () => {
  it('names a new episode by the measurement and its condition, and its alert by the episode', () => {
    const steps = planEscalation(evaluateChild(assess({ categories: { haz: 'stunted' } }), [], RULES, NOW), 'ms_1', RULES, NOW, derive);
    expect(steps).toHaveLength(1);
    const [open] = steps;
    expect(open).toMatchObject({ kind: 'open', episode: { id: 'ep(ms_1:stunting)' }, alert: { id: 'al(ep(ms_1:stunting))', episodeId: 'ep(ms_1:stunting)', state: 'open' } });
  });

  it('plans the same ids and times every time for the same measurement', () => {
    const plan = () => planEscalation(evaluateChild(assess({ categories: { haz: 'stunted', whz: 'severely_wasted' } }), [], RULES, NOW), 'ms_1', RULES, NOW, derive);
    expect(plan()).toEqual(plan());
  });

  it('advises the family only through the most urgent of the alerts one measurement opens', () => {
    const steps = planEscalation(evaluateChild(assess({ categories: { haz: 'stunted', whz: 'severely_wasted' } }), [], RULES, NOW), 'ms_1', RULES, NOW, derive);
    const advice = steps.flatMap((s) => (s.kind === 'open' ? [`${s.episode.condition}:${s.familyAdvice}`] : [])).sort();
    expect(advice).toEqual(['severe_wasting:true', 'stunting:false']);
  });

  it('a worsening resolves the old episode before the new one opens, linked to it', () => {
    const steps = planEscalation(evaluateChild(assess({ categories: { haz: 'severely_stunted' } }, 30), [episode()], RULES, NOW), 'ms_2', RULES, NOW, derive);
    expect(steps.map((s) => s.kind)).toEqual(['resolve', 'open']);
    expect(steps[0]).toEqual({ kind: 'resolve', episodeId: 'ep-1', reason: 'worsened', closedAt: NOW });
    expect(steps[1]).toMatchObject({ episode: { id: 'ep(ms_2:severe_stunting)', worsenedFrom: { episodeId: 'ep-1' } } });
  });

  it('keeps an episode with what the measurement showed', () => {
    const steps = planEscalation(evaluateChild(assess({ categories: { haz: 'stunted' } }, 30), [episode()], RULES, NOW), 'ms_3', RULES, NOW, derive);
    expect(steps).toEqual([expect.objectContaining({ kind: 'keep', episodeId: 'ep-1', clearStreak: 0 })]);
  });
});
