import { describe, expect, it } from 'vitest';
import { buildLurahDigest, digestPeriod, type Actor } from '../../../src/domain/escalation/index.js';
import {
  DEFAULT_PUSLING_CONFIG,
  canSeePuslingRequest,
  checkCapacity,
  decidePuslingRequest,
  parsePuslingConfig,
  puslingAnnouncement,
  puslingNotice,
  requestPusling,
  type PuslingCommand,
  type PuslingRequest,
  type PuslingState,
} from '../../../src/domain/pusling/index.js';
import { AREA, DAY, KADER, LURAH, PARENT, T0, TPG, request } from './fixtures.js';

const AT = new Date(T0.getTime() + DAY);
const ctx = (others: PuslingRequest[] = [], config = DEFAULT_PUSLING_CONFIG) => ({ others, config });
const SCHEDULE: PuslingCommand = { action: 'schedule', date: '2026-04-14', time: '08:00', place: ' Balai RW 07 ', team: ['dokter', 'bidan', 'TPG'] };
const scheduledElsewhere = (date: string, id = 'pr-9'): PuslingRequest =>
  request({ id, area: { ...AREA, rw: '11' }, state: 'scheduled', schedule: { date, time: '08:00', zone: 'Asia/Jakarta', startsAt: T0, place: 'x', team: ['bidan'] } });

describe('requestPusling', () => {
  const input = { area: AREA, reasons: ['distance', 'children_at_risk'], preferredDates: ['2026-04-14'], expectedPeople: 40 };

  it('creates a request with its first history entry', () => {
    const result = requestPusling(input, KADER, T0, 'pr-1');
    expect(result.ok && result.request).toMatchObject({
      id: 'pr-1', state: 'requested', requestedBy: { id: 'u-kader', role: 'kader' },
      history: [{ action: 'request', from: null, to: 'requested' }],
    });
  });

  it.each<[string, Actor, unknown, string]>([
    ['a parent is sent to the kader instead', PARENT, input, 'parent'],
    ['a kader of another posyandu', { ...KADER, posyanduIds: ['psy-mawar'] }, input, 'outside_area'],
    ['a lurah of another kelurahan', { ...LURAH, kelurahanIds: ['kel-lain'] }, input, 'outside_area'],
    ['no reason', KADER, { ...input, reasons: [] }, 'invalid'],
    ['unknown reason', KADER, { ...input, reasons: ['holiday'] }, 'invalid'],
    ['repeated reason', KADER, { ...input, reasons: ['distance', 'distance'] }, 'invalid'],
    ['bad date', KADER, { ...input, preferredDates: ['14/04/2026'] }, 'invalid'],
    ['nobody expected', KADER, { ...input, expectedPeople: 0 }, 'invalid'],
  ])('refuses %s', (_name, actor, body, error) => {
    expect(requestPusling(body, actor, T0, 'pr-1')).toMatchObject({ ok: false, error });
  });

  it('accepts a lurah request for an RW without a posyandu', () => {
    const { posyanduId: _ignored, ...rwOnly } = AREA;
    expect(requestPusling({ ...input, area: rwOnly }, LURAH, T0, 'pr-2').ok).toBe(true);
  });
});

describe('decidePuslingRequest: state machine', () => {
  const commands: Record<string, PuslingCommand> = {
    schedule: SCHEDULE,
    merge: { action: 'merge', intoId: 'pr-9' },
    postpone: { action: 'postpone', until: '2026-05-01' },
    reject: { action: 'reject', reason: 'near_puskesmas' },
  };
  const target = request({ id: 'pr-9', area: { ...AREA, rw: '08' } });

  it.each<[PuslingState, keyof typeof commands, PuslingState | 'illegal_transition']>([
    ['requested', 'schedule', 'scheduled'],
    ['requested', 'merge', 'merged'],
    ['requested', 'postpone', 'postponed'],
    ['requested', 'reject', 'rejected'],
    ['postponed', 'schedule', 'scheduled'],
    ['postponed', 'reject', 'rejected'],
    ['scheduled', 'postpone', 'postponed'],
    ['scheduled', 'schedule', 'illegal_transition'],
    ['scheduled', 'merge', 'illegal_transition'],
    ['scheduled', 'reject', 'illegal_transition'],
    ['merged', 'schedule', 'illegal_transition'],
    ['merged', 'postpone', 'illegal_transition'],
    ['rejected', 'schedule', 'illegal_transition'],
    ['rejected', 'postpone', 'illegal_transition'],
  ])('%s + %s → %s', (state, action, expected) => {
    const result = decidePuslingRequest(request({ state }), commands[action]!, TPG, AT, ctx([target]));
    if (expected === 'illegal_transition') expect(result).toEqual({ ok: false, error: expected });
    else expect(result.ok && result.request.state).toBe(expected);
  });

  it('scheduling records date, time, place and team in WIB, and a history entry', () => {
    const result = decidePuslingRequest(request(), { ...SCHEDULE, note: 'Disetujui camat' }, TPG, AT, ctx());
    if (!result.ok) throw new Error(result.error);
    expect(result.request.schedule).toEqual({
      date: '2026-04-14', time: '08:00', zone: 'Asia/Jakarta', startsAt: new Date('2026-04-14T01:00:00Z'), place: 'Balai RW 07', team: ['dokter', 'bidan', 'TPG'],
    });
    expect(result.request.history.at(-1)).toEqual({ at: AT, by: { id: 'u-tpg', role: 'puskesmas' }, action: 'schedule', from: 'requested', to: 'scheduled', note: 'Disetujui camat' });
    expect(puslingNotice(result.request)).toEqual({ key: 'pusling.request.scheduled', params: { rw: '07', date: '2026-04-14', time: '08:00', place: 'Balai RW 07' } });
    expect(puslingAnnouncement(result.request)?.key).toBe('pusling.visit.announcement');
  });

  it('postponing a scheduled visit drops its schedule and frees the day', () => {
    const scheduled = decidePuslingRequest(request(), SCHEDULE, TPG, AT, ctx());
    if (!scheduled.ok) throw new Error(scheduled.error);
    const postponed = decidePuslingRequest(scheduled.request, { action: 'postpone', until: '2026-05-01' }, TPG, AT, ctx());
    expect(postponed.ok && postponed.request).toMatchObject({ state: 'postponed', postponedUntil: '2026-05-01' });
    expect(postponed.ok && 'schedule' in postponed.request).toBe(false);
    expect(checkCapacity(postponed.ok ? [postponed.request] : [], 'pkm-jatimulya', '2026-04-21', DEFAULT_PUSLING_CONFIG)).toBeUndefined();
  });

  it.each<[string, PuslingRequest[], string]>([
    ['into itself', [request()], 'merge_target_invalid'],
    ['into an unknown request', [], 'merge_target_invalid'],
    ['into another puskesmas', [request({ id: 'pr-9', area: { ...AREA, puskesmasId: 'pkm-lain' } })], 'merge_target_invalid'],
    ['into a rejected request', [request({ id: 'pr-9', state: 'rejected' })], 'merge_target_invalid'],
  ])('refuses a merge %s', (_name, others, error) => {
    const intoId = others[0]?.id ?? 'pr-404';
    expect(decidePuslingRequest(request(), { action: 'merge', intoId }, TPG, AT, ctx(others))).toEqual({ ok: false, error });
  });

  it('names the RW of the visit a request was merged into', () => {
    const merged = decidePuslingRequest(request(), { action: 'merge', intoId: 'pr-9' }, TPG, AT, ctx([target]));
    expect(merged.ok && puslingNotice(merged.request, target)).toEqual({ key: 'pusling.request.merged', params: { rw: '07', targetRw: '08' } });
  });

  it.each<[string, Actor, string]>([
    ['a kader', KADER, 'not_decider'],
    ['the lurah', LURAH, 'not_decider'],
    ['a parent', PARENT, 'parent'],
    ['another puskesmas', { ...TPG, puskesmasIds: ['pkm-lain'] }, 'outside_area'],
  ])('only the area’s puskesmas decides: refuses %s', (_name, actor, error) => {
    expect(decidePuslingRequest(request(), SCHEDULE, actor, AT, ctx())).toEqual({ ok: false, error });
  });

  it.each<[string, PuslingCommand]>([
    ['an impossible date', { ...SCHEDULE, date: '2026-02-30' }],
    ['a time without minutes', { ...SCHEDULE, time: '8' }],
    ['an empty place', { ...SCHEDULE, place: '  ' }],
    ['no team', { ...SCHEDULE, team: [] }],
  ])('refuses to schedule with %s', (_name, command) => {
    expect(decidePuslingRequest(request(), command, TPG, AT, ctx())).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('monthly capacity', () => {
  it('one Pusling day per month by default', () => {
    const others = [scheduledElsewhere('2026-04-07')];
    expect(decidePuslingRequest(request(), SCHEDULE, TPG, AT, ctx(others))).toEqual({ ok: false, error: 'capacity_full' });
    expect(decidePuslingRequest(request(), { ...SCHEDULE, date: '2026-05-05' }, TPG, AT, ctx(others)).ok).toBe(true);
  });

  it('a day the team is already out is taken even with capacity left', () => {
    const config = parsePuslingConfig({ capacity: { perPuskesmas: { 'pkm-jatimulya': 2 } } });
    expect(decidePuslingRequest(request(), SCHEDULE, TPG, AT, ctx([scheduledElsewhere('2026-04-14')], config))).toEqual({ ok: false, error: 'date_taken' });
    expect(decidePuslingRequest(request(), SCHEDULE, TPG, AT, ctx([scheduledElsewhere('2026-04-07')], config)).ok).toBe(true);
  });

  it('other puskesmas and unscheduled requests do not use capacity', () => {
    const others = [
      { ...scheduledElsewhere('2026-04-07'), area: { ...AREA, puskesmasId: 'pkm-lain' } },
      request({ id: 'pr-5', state: 'postponed' }),
    ];
    expect(checkCapacity(others, 'pkm-jatimulya', '2026-04-14', DEFAULT_PUSLING_CONFIG)).toBeUndefined();
  });

  it('a capacity of zero refuses every day', () => {
    const config = parsePuslingConfig({ capacity: { defaultDaysPerMonth: 0 } });
    expect(checkCapacity([], 'pkm-jatimulya', '2026-04-14', config)).toBe('capacity_full');
  });
});

describe('visibility of requests', () => {
  it.each<[string, Actor, PuslingState, boolean]>([
    ['kader of the posyandu', KADER, 'requested', true],
    ['lurah of the kelurahan', LURAH, 'requested', true],
    ['puskesmas', TPG, 'rejected', true],
    ['parent before scheduling', PARENT, 'requested', false],
    ['parent once scheduled', PARENT, 'scheduled', true],
    ['kader elsewhere', { ...KADER, posyanduIds: ['psy-mawar'] }, 'scheduled', false],
    ['parent elsewhere', { ...PARENT, posyanduIds: ['psy-mawar'] }, 'scheduled', false],
  ])('%s sees a %s request: %s', (_name, actor, state, expected) => {
    expect(canSeePuslingRequest(actor, request({ state }))).toBe(expected);
  });
});

describe('parsePuslingConfig', () => {
  it.each([
    ['weights not adding to 100', { ranking: { weights: { children: 60 } } }],
    ['negative capacity', { capacity: { defaultDaysPerMonth: -1 } }],
    ['bad deadline', { parentFollowUpDeadline: 'two days' }],
    ['unknown key', { vehicles: 2 }],
  ])('rejects %s', (_name, override) => {
    expect(() => parsePuslingConfig(override)).toThrowError(/Pusling config is invalid/);
  });
});

describe('Pusling requests in the lurah digest', () => {
  it('count as requests and, once scheduled, as visits for their RW and the RWs merged into them', () => {
    const scheduled = decidePuslingRequest(request({ requestedAt: new Date('2026-03-03T02:00:00Z') }), { ...SCHEDULE, date: '2026-03-05' }, TPG, AT, ctx());
    if (!scheduled.ok) throw new Error(scheduled.error);
    const merged = request({ id: 'pr-2', area: { ...AREA, rw: '08' }, state: 'merged', mergedInto: 'pr-1', requestedAt: new Date('2026-02-01T00:00:00Z') });
    const digest = buildLurahDigest({ kelurahanId: AREA.kelurahanId, period: digestPeriod(T0), episodes: [], alerts: [], pusling: [scheduled.request, merged] });
    expect(digest.rows).toEqual([
      { rw: '07', newStuntingCases: 0, newSevereCases: 0, overdueFollowUps: 0, puslingRequests: 1, puslingVisits: 1 },
      { rw: '08', newStuntingCases: 0, newSevereCases: 0, overdueFollowUps: 0, puslingRequests: 0, puslingVisits: 1 },
    ]);
  });
});
