import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_RULES as RULES,
  evaluateChild,
  parseEscalationRules,
  type Episode,
  type EpisodeDecision,
} from '../../../src/domain/escalation/index.js';
import { DAY, T0, assess, episode } from './fixtures.js';

const NOW = new Date(T0.getTime() + 31 * DAY);
const summary = (decisions: EpisodeDecision[]) =>
  decisions.map((d) =>
    d.kind === 'open' ? `open ${d.episode.condition}` : d.kind === 'close' ? `close ${d.episodeId} ${d.reason}` : `keep ${d.episodeId}`,
  );

/** Applies decisions the way a store would, with ids ep-2, ep-3, … */
function apply(open: Episode[], decisions: EpisodeDecision[], nextId: () => string): Episode[] {
  let result = [...open];
  for (const d of decisions) {
    if (d.kind === 'open') result.push({ ...d.episode, id: nextId() });
    if (d.kind === 'close') result = result.filter((e) => e.id !== d.episodeId);
    if (d.kind === 'keep')
      result = result.map((e) => (e.id === d.episodeId ? { ...e, lastSeenAt: d.lastSeenAt, lastAssessedAt: d.lastAssessedAt, clearStreak: d.clearStreak } : e));
  }
  return result;
}

describe('evaluateChild', () => {
  it.each<[string, Episode[], Parameters<typeof assess>[0], string[]]>([
    ['healthy child, nothing open', [], {}, []],
    ['new stunting opens', [], { categories: { haz: 'stunted' } }, ['open stunting']],
    ['two families open two episodes', [], { categories: { haz: 'stunted', whz: 'wasted' } }, ['open stunting', 'open wasting']],
    ['still stunted keeps', [episode()], { categories: { haz: 'stunted' } }, ['keep ep-1']],
    ['haz ≥ −2 closes stunting', [episode()], { categories: { haz: 'normal' } }, ['close ep-1 recovered']],
    ['length not measured keeps stunting', [episode()], { categories: {}, zScores: {} }, ['keep ep-1']],
    ['stunting → severe worsens', [episode()], { categories: { haz: 'severely_stunted' } }, ['close ep-1 worsened', 'open severe_stunting']],
    ['severe → stunted keeps the severe episode', [episode({ condition: 'severe_stunting' })], { categories: { haz: 'stunted' } }, ['keep ep-1']],
    ['haz falling → stunting worsens', [episode({ condition: 'haz_falling', severity: 'follow_up' })], { categories: { haz: 'stunted' } }, ['close ep-1 worsened', 'open stunting']],
    ['stunting recovers but haz still falling', [episode()], { categories: { haz: 'normal' }, hazFalling: true }, ['close ep-1 recovered', 'open haz_falling']],
    ['one N is not enough for faltering', [episode({ condition: 'growth_faltering', severity: 'follow_up' })], { kms: 'N' }, ['keep ep-1']],
    ['second N closes faltering', [episode({ condition: 'growth_faltering', severity: 'follow_up', clearStreak: 1 })], { kms: 'N' }, ['close ep-1 recovered']],
    ['T → 2T worsens', [episode({ condition: 'growth_faltering', severity: 'follow_up' })], { kms: '2T' }, ['close ep-1 worsened', 'open faltering_2t']],
    ['O neither counts nor breaks a run', [episode({ condition: 'growth_faltering', severity: 'follow_up', clearStreak: 1 })], { kms: 'O' }, ['keep ep-1']],
    ['severe wasting needs two clear measurements', [episode({ condition: 'severe_wasting', severity: 'urgent' })], {}, ['keep ep-1']],
    ['wasting → severe wasting worsens', [episode({ condition: 'wasting' })], { categories: { whz: 'severely_wasted' } }, ['close ep-1 worsened', 'open severe_wasting']],
    ['BGM recovers on one measurement', [episode({ condition: 'below_red_line', severity: 'follow_up' })], { belowRedLine: false }, ['close ep-1 recovered']],
    ['oedema opens beside severe wasting', [], { categories: { whz: 'severely_wasted' }, oedema: true }, ['open severe_wasting', 'open oedema']],
  ])('%s', (_name, open, overrides, expected) => {
    expect(summary(evaluateChild(assess(overrides, 31), open, RULES, NOW))).toEqual(expected);
  });

  it('repeated measurements showing the same condition open exactly one episode', () => {
    let n = 1;
    const nextId = () => `ep-${++n}`;
    let open: Episode[] = [];
    let opened = 0;
    for (let month = 0; month < 6; month++) {
      const decisions = evaluateChild(assess({ categories: { haz: 'stunted' } }, month * 30), open, RULES, NOW);
      opened += decisions.filter((d) => d.kind === 'open').length;
      open = apply(open, decisions, nextId);
    }
    expect(opened).toBe(1);
    expect(open).toHaveLength(1);
    expect(open[0]?.lastSeenAt).toEqual(assess({}, 150).measuredAt);
  });

  it('re-evaluating the same or an older measurement changes nothing', () => {
    const open = [episode({ lastAssessedAt: assess({}, 31).measuredAt })];
    expect(evaluateChild(assess({ categories: { haz: 'severely_stunted' } }, 31), open, RULES, NOW)).toEqual([]);
    expect(evaluateChild(assess({ categories: { haz: 'normal' } }, 10), open, RULES, NOW)).toEqual([]);
  });

  it('links the worse episode to the one it replaces, with the new severity', () => {
    const decisions = evaluateChild(assess({ categories: { haz: 'severely_stunted' } }, 31), [episode()], RULES, NOW);
    const opened = decisions.find((d) => d.kind === 'open');
    expect(opened?.kind === 'open' && opened.episode).toMatchObject({
      condition: 'severe_stunting',
      severity: 'high',
      worsenedFrom: { episodeId: 'ep-1', condition: 'stunting' },
      openedAt: NOW,
      clearStreak: 0,
    });
  });

  it('a clear measurement after a present one restarts the recovery count', () => {
    const [keep] = evaluateChild(assess({ kms: 'T' }, 31), [episode({ condition: 'faltering_2t', clearStreak: 1 })], RULES, NOW);
    expect(keep).toMatchObject({ kind: 'keep', clearStreak: 0, observed: 'growth_faltering' });
  });

  it('a disabled condition never opens, but its open episode still recovers', () => {
    const rules = parseEscalationRules({ conditions: { haz_falling: { enabled: false } } });
    expect(evaluateChild(assess({ hazFalling: true }, 31), [], rules, NOW)).toEqual([]);
    const decisions = evaluateChild(assess({}, 31), [episode({ condition: 'haz_falling' })], rules, NOW);
    expect(summary(decisions)).toEqual(['close ep-1 recovered']);
  });

  it('ignores episodes of other children and closed ones', () => {
    const open = [episode({ childId: 'c-2' }), episode({ id: 'ep-9', closedAt: T0, closeReason: 'recovered' })];
    expect(summary(evaluateChild(assess({ categories: { haz: 'stunted' } }, 31), open, RULES, NOW))).toEqual(['open stunting']);
  });
});
