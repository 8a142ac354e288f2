import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AlertRecord } from '../../src/app/escalation/escalation-records.js';
import type { PuslingRequestRecord } from '../../src/app/pusling/pusling-records.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { fixedClock } from '../../src/shared/clock.js';
import { AlertRepository } from '../../src/store/alert-repository.js';
import { PuslingRepository } from '../../src/store/pusling-repository.js';
import { PwsRepository } from '../../src/store/pws-repository.js';
import type { TestBot } from '../helpers/services.js';
import { signInAs, startStaffBot } from '../helpers/staff-sessions.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
const AREA = { kelurahanId: 'kel-margahayu', puskesmasId: 'pkm-bekasi-jaya' };

function alert(id: string, childId: string, rw: string, ackDueAt: Date): AlertRecord {
  const openedAt = new Date('2026-03-02T03:00:00Z');
  return {
    id, episodeId: `ep-${id}`, childId, condition: 'wasting', severity: 'follow_up', area: { ...AREA, posyanduId: 'psy-mawar', rw },
    state: 'open', level: 'kader', notify: ['kader'], informLurah: false, familyAdvice: true, resolvableBy: ['kader', 'puskesmas'],
    ackDeadlines: { kader: 'P3D', puskesmas: 'P3D', lurah: 'P7D' }, openedAt, ackDueAt, history: [], origin: 'episode', requestedBy: null, deliveries: [], updatedAt: openedAt,
  };
}

function pusling(id: string, rw: string, visitOn: string | null): PuslingRequestRecord {
  const requestedAt = new Date('2026-03-03T02:00:00Z');
  const schedule = visitOn ? { date: visitOn, time: '08:00', zone: 'Asia/Jakarta', startsAt: new Date(`${visitOn}T01:00:00Z`), place: `Balai RW ${rw}`, team: ['bidan'] } : undefined;
  return {
    _id: id,
    request: { id, area: { ...AREA, rw }, requestedBy: { id: 'per-lurah', role: 'lurah' }, reasons: ['distance'], preferredDates: [], expectedPeople: 20, requestedAt, state: visitOn ? 'scheduled' : 'requested', ...(schedule ? { schedule } : {}), history: [] },
    endTime: visitOn ? '11:00' : null, source: 'api', revision: 1, updatedAt: requestedAt,
  };
}

/** The page's deadline as the reader reads it: the local day and time of Asia/Jakarta. */
const local = (at: Date) => at.toLocaleString('sv-SE', { timeZone: 'Asia/Jakarta' }).slice(0, 16);

/**
 * A lurah's /pws: the lists to act on as counts per RW of the kelurahan, from the same source as
 * `GET /api/pws/lists`, checked here against the database itself, and never a child's name or id.
 */
describe('the PWS page of a lurah', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startStaffBot(clock, [DEMO_PHONES.lurah], async (c) => {
      const alerts = new AlertRepository(c.models);
      // RW 03: one overdue and one due later; RW 06: a Pusling visit scheduled, RW 07: one still asked for.
      await alerts.insert(alert('al-lp-1', 'ch-budi', '03', new Date('2026-03-08T02:00:00Z')));
      await alerts.insert(alert('al-lp-2', 'ch-sari', '03', new Date('2026-03-11T05:30:00Z')));
      await alerts.insert(alert('al-lp-3', 'ch-asep', '04', new Date('2026-03-12T01:00:00Z')));
      const requests = new PuslingRepository(c.models);
      await requests.insert(pusling('pl-lp-1', '06', '2026-03-20'));
      await requests.insert(pusling('pl-lp-2', '06', '2026-03-27'));
      await requests.insert(pusling('pl-lp-3', '07', null));
    });
  }, 120_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await bot?.close();
  });

  /** What the page must show per RW, counted from the stored documents (not through the app's code). */
  async function expectedRows() {
    const { models } = bot.container;
    const children = await models.children.find({ kelurahanId: AREA.kelurahanId }).lean<Array<{ _id: string; rw: string; birthDate: string; createdAt: Date }>>();
    // Every seeded child is an under-five registered by March, so S is every child of the RW.
    for (const c of children) expect(c.birthDate > '2021-03-31' && c.createdAt <= new Date('2026-03-31T16:59:59Z'), c._id).toBe(true);
    const weighed = new Set((await models.measurements.find({ supersededBy: null, weightKg: { $ne: null }, date: { $gte: '2026-03-01', $lte: '2026-03-31' } }).lean<Array<{ childId: string }>>()).map((m) => m.childId));
    const alerts = await models.alerts.find({ 'area.kelurahanId': AREA.kelurahanId, state: { $ne: 'resolved' } }).lean<Array<{ area: { rw: string }; ackDueAt: Date | null }>>();
    const requests = await models.puslingRequests.find({ kelurahanId: AREA.kelurahanId, state: { $ne: 'merged' } }).lean<Array<{ rw: string; request: { schedule?: { date: string } } }>>();
    const rws = (await models.kelurahan.findById(AREA.kelurahanId).lean<{ rws: string[] }>())!.rws;
    return rws.map((rw) => {
      const deadlines = alerts.filter((a) => a.area.rw === rw).flatMap((a) => a.ackDueAt ?? []).sort((a, b) => a.getTime() - b.getTime());
      const overdue = deadlines.filter((d) => d.getTime() <= clock.now().getTime()).length;
      const visits = requests.filter((r) => r.rw === rw).flatMap((r) => r.request.schedule?.date ?? []).sort();
      return {
        rw,
        json: { openAlerts: deadlines.length, overdueAlerts: overdue, nextDeadline: deadlines[0]?.toISOString() ?? null, notWeighed: children.filter((c) => c.rw === rw && !weighed.has(c._id)).length, puslingRequests: requests.filter((r) => r.rw === rw).length, nextVisit: visits[0] ?? null },
      };
    });
  }

  it('shows per RW the open alerts and nearest deadline, children not weighed, Pusling requests and visits, as the database holds them', async () => {
    const cookie = await signInAs(bot, DEMO_PHONES.lurah);
    const children = vi.spyOn(PwsRepository.prototype, 'children');
    const visits = vi.spyOn(PwsRepository.prototype, 'visits');
    const page = await bot.app.inject({ method: 'GET', url: '/pws?month=2026-03', headers: { cookie } });
    expect(page.statusCode).toBe(200);
    // The counts come from the page's one read of the area, as the table does.
    expect([children.mock.calls.length, visits.mock.calls.length]).toEqual([1, 1]);
    vi.restoreAllMocks();

    const expected = await expectedRows();
    // The seeded world gives every column something to show.
    expect(expected.find((r) => r.rw === '03')!.json).toMatchObject({ openAlerts: 2, overdueAlerts: 1, nextDeadline: '2026-03-08T02:00:00.000Z' });
    expect(expected.find((r) => r.rw === '06')!.json).toMatchObject({ puslingRequests: 2, nextVisit: '2026-03-20' });
    expect(expected.reduce((n, r) => n + r.json.notWeighed, 0)).toBeGreaterThan(0);

    const section = /<section id="rw-counts">[\s\S]*?<\/section>/.exec(page.body)?.[0] ?? '';
    expect(section).toContain('Daftar untuk ditindaklanjuti');
    expect(section).toContain('<th scope="col">Belum ditimbang bulan ini</th>');
    for (const { rw, json } of expected) {
      const overdue = json.overdueAlerts > 0 ? ` <strong class="below">${String(json.overdueAlerts)} lewat batas waktu</strong>` : '';
      const deadline = json.nextDeadline ? local(new Date(json.nextDeadline)) : '–';
      expect(section, `RW ${rw}`).toContain(`<tr><td>RW ${rw} · Margahayu</td><td>${String(json.openAlerts)}${overdue}</td><td>${deadline}</td><td>${String(json.notWeighed)}</td><td>${String(json.puslingRequests)}</td><td>${json.nextVisit ?? '–'}</td></tr>`);
    }

    // One source: the JSON the lurah gets holds the same counts.
    const api = (await bot.app.inject({ method: 'GET', url: '/api/pws/lists?month=2026-03', headers: { cookie } })).json<{ rws: Array<{ rw: string }> }>();
    expect(api.rws).toEqual(expected.map(({ rw, json }) => ({ kelurahanId: AREA.kelurahanId, rw, ...json })));

    // Never a child's name or id, anywhere on the page.
    const seeded = await bot.container.models.children.find({ kelurahanId: AREA.kelurahanId }).lean<Array<{ _id: string; name: string; code: string }>>();
    expect(seeded.length).toBeGreaterThan(0);
    for (const c of seeded) for (const secret of [c.name, c._id, c.code]) expect(page.body, secret).not.toMatch(new RegExp(`\\b${secret}\\b`));
    expect(page.body).not.toContain('/pws/children/');
  });

  it('shows the counts in English on ?lang=en', async () => {
    const cookie = await signInAs(bot, DEMO_PHONES.lurah);
    const page = await bot.app.inject({ method: 'GET', url: '/pws?month=2026-03&lang=en', headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<th scope="col">Not weighed this month</th>');
    expect(page.body).toContain('<strong class="below">1 overdue</strong>');
  });
});
