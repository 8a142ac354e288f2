import { describe, expect, it } from 'vitest';
import {
  buildLurahDigest,
  digestPeriod,
  lurahDigestMessages,
  lurahUrgentNotice,
  type Alert,
  type DigestPuslingRecord,
  type Episode,
} from '../../../src/domain/escalation/index.js';
import { AREA, T0, alertFor, episode } from './fixtures.js';

// T0 is Thursday 12 March 2026, 09:00 WIB; the previous week is Mon 2 – Sun 8 March.
const PERIOD = digestPeriod(T0);
const IN = new Date('2026-03-04T03:00:00Z');
const BEFORE = new Date('2026-02-20T03:00:00Z');
const RW3 = { ...AREA, rw: '3' };
const RW12 = { ...AREA, rw: '12' };
const OTHER_KEL = { ...AREA, kelurahanId: 'kel-lain' };

const episodes: Episode[] = [
  episode({ id: 'e1', childId: 'child-siti', openedAt: IN }),
  episode({ id: 'e2', childId: 'child-siti', condition: 'severe_wasting', openedAt: IN }),
  episode({ id: 'e3', childId: 'child-budi', condition: 'severe_stunting', openedAt: IN, worsenedFrom: { episodeId: 'old', condition: 'stunting' } }),
  episode({ id: 'e4', childId: 'child-ani', condition: 'stunting', openedAt: IN, area: RW3, worsenedFrom: { episodeId: 'old2', condition: 'haz_falling' } }),
  episode({ id: 'e5', childId: 'child-dewi', openedAt: BEFORE }),
  episode({ id: 'e6', childId: 'child-eka', openedAt: IN, area: OTHER_KEL }),
  episode({ id: 'e7', childId: 'child-fajar', condition: 'growth_faltering', openedAt: IN, area: RW12 }),
];

const overdue: Alert = { ...alertFor('stunting', BEFORE), id: 'al-overdue', ackDueAt: new Date(PERIOD.to.getTime() - 1) };
const missed: Alert = {
  ...alertFor('wasting'),
  id: 'al-missed',
  state: 'acknowledged',
  ackDueAt: null,
  area: RW3,
  history: [{ at: IN, by: { id: 'system', role: 'system' }, action: 'escalate', from: 'open', to: 'open', reason: 'deadline_missed' }],
};
const onTime: Alert = { ...alertFor('stunting', new Date('2026-03-07T00:00:00Z')), id: 'al-ontime' };

const pusling: DigestPuslingRecord[] = [
  { id: 'p1', area: { kelurahanId: AREA.kelurahanId, rw: '12' }, requestedAt: IN, state: 'scheduled', schedule: { startsAt: IN } },
  { id: 'p2', area: { kelurahanId: AREA.kelurahanId, rw: '3' }, requestedAt: IN, state: 'merged', mergedInto: 'p1' },
  { id: 'p3', area: { kelurahanId: AREA.kelurahanId, rw: '07' }, requestedAt: BEFORE, state: 'requested' },
];

describe('buildLurahDigest', () => {
  const digest = buildLurahDigest({ kelurahanId: AREA.kelurahanId, period: PERIOD, episodes, alerts: [overdue, missed, onTime], pusling });

  it('uses last week in WIB by default', () => {
    expect(PERIOD).toEqual({ from: new Date('2026-03-01T17:00:00Z'), to: new Date('2026-03-08T17:00:00Z') });
  });

  it('aggregates per RW, in RW order', () => {
    expect(digest.rows).toEqual([
      { rw: '3', newStuntingCases: 1, newSevereCases: 0, overdueFollowUps: 1, puslingRequests: 1, puslingVisits: 1 },
      { rw: '07', newStuntingCases: 1, newSevereCases: 2, overdueFollowUps: 1, puslingRequests: 0, puslingVisits: 0 },
      { rw: '12', newStuntingCases: 0, newSevereCases: 0, overdueFollowUps: 0, puslingRequests: 1, puslingVisits: 1 },
    ]);
    expect(digest.totals).toEqual({ newStuntingCases: 2, newSevereCases: 2, overdueFollowUps: 2, puslingRequests: 2, puslingVisits: 2 });
  });

  it('contains no child ids or names, and neither do its messages', () => {
    const text = JSON.stringify([digest, lurahDigestMessages(digest)]);
    expect(text).not.toMatch(/child-|al-|"e\d"|c-1/);
    expect(Object.keys(digest.rows[0] ?? {}).sort()).toEqual(
      ['newSevereCases', 'newStuntingCases', 'overdueFollowUps', 'puslingRequests', 'puslingVisits', 'rw'].sort(),
    );
  });

  it('says there is nothing to report for a quiet week', () => {
    const quiet = buildLurahDigest({ kelurahanId: 'kel-sepi', period: PERIOD, episodes, alerts: [overdue], pusling });
    expect(quiet.rows).toEqual([]);
    expect(lurahDigestMessages(quiet).map((m) => m.key)).toEqual(['escalation.digest.title', 'escalation.digest.empty']);
  });

  it('supports a monthly period', () => {
    expect(digestPeriod(T0, 'Asia/Jakarta', 'month')).toEqual({ from: new Date('2026-01-31T17:00:00Z'), to: new Date('2026-02-28T17:00:00Z') });
  });
});

describe('lurahUrgentNotice', () => {
  it('tells the lurah about an urgent case at once, naming who is responsible but not the child', () => {
    const notice = lurahUrgentNotice(alertFor('severe_wasting', T0, { childId: 'child-siti' }), T0);
    expect(notice).toMatchObject({ kind: 'urgent_case', rw: '07', severity: 'urgent', responsible: { level: 'puskesmas', puskesmasId: 'pkm-jatimulya' } });
    expect(JSON.stringify(notice)).not.toContain('child-siti');
  });

  it('stays silent for conditions the lurah is not told about at once', () => {
    expect(lurahUrgentNotice(alertFor('stunting'), T0)).toBeUndefined();
  });
});
