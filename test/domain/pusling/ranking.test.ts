import { describe, expect, it } from 'vitest';
import { DEFAULT_PUSLING_CONFIG, parentHelpToFollowUp, parsePuslingConfig, rankRequests } from '../../../src/domain/pusling/index.js';
import { AREA, DAY, T0, request } from './fixtures.js';

const NOW = new Date(T0.getTime() + 30 * DAY);
const rw = (n: string) => ({ ...AREA, rw: n });

describe('rankRequests', () => {
  it('scores need from flagged children, distance and waiting, each capped, and orders by it', () => {
    const requests = [
      request({ id: 'near', area: rw('01') }),
      request({ id: 'far', area: rw('02') }),
      request({ id: 'many', area: rw('03'), requestedAt: NOW }),
    ];
    const needs = {
      'kel-jatimulya/01': { flaggedChildren: 0, distanceKm: 2 },
      'kel-jatimulya/02': { flaggedChildren: 5, distanceKm: 12 },
      'kel-jatimulya/03': { flaggedChildren: 25, distanceKm: 30 },
    };
    const ranked = rankRequests(requests, { needs }, NOW);
    expect(ranked.map((r) => [r.request.id, r.score])).toEqual([
      ['many', 80],
      ['far', 59],
      ['near', 14],
    ]);
    expect(ranked[1]?.parts).toEqual({
      children: { value: 5, points: 25 },
      distance: { value: 12, points: 24 },
      waiting: { value: 30, points: 10 },
    });
    expect(ranked[0]?.parts.children).toEqual({ value: 25, points: 50 });
  });

  it('ranks only requests awaiting a decision, including postponed ones whose date has come', () => {
    const requests = [
      request({ id: 'a', state: 'scheduled' }),
      request({ id: 'b', state: 'merged' }),
      request({ id: 'c', state: 'rejected' }),
      request({ id: 'd', state: 'postponed', postponedUntil: '2026-04-30' }),
      request({ id: 'e', state: 'postponed', postponedUntil: '2026-04-11' }),
      request({ id: 'f' }),
    ];
    expect(rankRequests(requests, { needs: {} }, NOW).map((r) => r.request.id)).toEqual(['e', 'f']);
  });

  it('breaks ties by the older request and flags an unknown need', () => {
    const older = request({ id: 'z-older', requestedAt: new Date(T0.getTime() - DAY) });
    const ranked = rankRequests([request({ id: 'a-newer' }), older], { needs: {} }, T0);
    expect(ranked.map((r) => r.request.id)).toEqual(['z-older', 'a-newer']);
    expect(ranked[0]?.needUnknown).toBe(true);
  });

  it('uses configured weights', () => {
    const config = parsePuslingConfig({ ranking: { weights: { children: 0, distance: 100, waiting: 0 } } });
    const [only] = rankRequests([request()], { needs: { 'kel-jatimulya/07': { flaggedChildren: 9, distanceKm: 7.5 } }, config }, NOW);
    expect(only?.score).toBe(50);
  });
});

describe('parentHelpToFollowUp', () => {
  it('turns a parent’s call for help into a kader follow-up due in two days, never a Pusling request', () => {
    const followUp = parentHelpToFollowUp({ parentId: 'u-parent', childId: 'c-1', area: AREA, requestedAt: T0, flaggedConditions: ['stunting'] });
    expect(followUp).toMatchObject({
      kind: 'kader_follow_up',
      reason: 'parent_request',
      childId: 'c-1',
      conditions: ['stunting'],
      dueAt: new Date(T0.getTime() + 2 * DAY),
      kaderMessage: { key: 'pusling.parent_help.kader_flagged' },
      parentReply: { key: 'pusling.parent_help.parent' },
    });
    expect(followUp).not.toHaveProperty('state');
  });

  it('uses the plain kader text when no condition is flagged and honours the configured deadline', () => {
    const config = { ...DEFAULT_PUSLING_CONFIG, parentFollowUpDeadline: 'PT12H' };
    const followUp = parentHelpToFollowUp({ parentId: 'u-parent', childId: 'c-1', area: AREA, requestedAt: T0 }, config);
    expect(followUp.kaderMessage.key).toBe('pusling.parent_help.kader');
    expect(followUp.dueAt).toEqual(new Date(T0.getTime() + DAY / 2));
  });
});
