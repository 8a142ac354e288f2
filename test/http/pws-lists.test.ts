import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertRecord } from '../../src/app/escalation/escalation-records.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { fixedClock } from '../../src/shared/clock.js';
import { AlertRepository } from '../../src/store/alert-repository.js';
import type { TestBot } from '../helpers/services.js';
import { signInAs, startStaffBot } from '../helpers/staff-sessions.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

function alertOn(childId: string, id: string, ackDueAt: Date): AlertRecord {
  const openedAt = new Date('2026-03-05T03:00:00Z');
  return {
    id, episodeId: `ep-${id}`, childId, condition: 'stunting', severity: 'follow_up',
    area: { posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '03', puskesmasId: 'pkm-bekasi-jaya' },
    state: 'open', level: 'kader', notify: ['kader'], informLurah: false, familyAdvice: true, resolvableBy: ['kader', 'puskesmas'],
    ackDeadlines: { kader: 'P3D', puskesmas: 'P3D', lurah: 'P7D' }, openedAt, ackDueAt,
    history: [], origin: 'episode', requestedBy: null, deliveries: [], updatedAt: openedAt,
  };
}

describe('PWS: lists to act on and a child\'s page', () => {
  let bot: TestBot;
  let budi: string;
  beforeAll(async () => {
    bot = await startStaffBot(clock, [DEMO_PHONES.kader, DEMO_PHONES.kaderMelati, DEMO_PHONES.lurah], async (c) => {
      // A Mawar child with visits, so its page has something to show.
      budi = (await c.models.measurements.findOne({ posyanduId: 'psy-mawar', supersededBy: null }).sort({ _id: 1 }).lean<{ childId: string }>())!.childId;
      // Overdue: its acknowledge deadline passed a day before the reading.
      await new AlertRepository(c.models).insert(alertOn(budi, 'al-lists-1', new Date('2026-03-08T02:00:00Z')));
    });
  });
  afterAll(async () => bot?.close());

  const get = (url: string, cookie: string) => bot.app.inject({ method: 'GET', url, headers: { cookie } });

  it('lists a kader\'s open alerts with deadlines and flagged children with their follow-up, and logs each child read', async () => {
    const cookie = await signInAs(bot, DEMO_PHONES.kader);
    const res = await get('/api/pws/lists?month=2026-03', cookie);
    expect(res.statusCode).toBe(200);
    const lists = res.json();
    const name = (await bot.container.models.children.findById(budi).lean<{ name: string }>())!.name;
    expect(lists.alerts).toEqual([{ alertId: 'al-lists-1', childId: budi, name, condition: 'stunting', severity: 'follow_up', state: 'open', level: 'kader', openedAt: '2026-03-05T03:00:00.000Z', ackDueAt: '2026-03-08T02:00:00.000Z', overdue: true }]);
    const flagged = lists.flagged.find((f: { childId: string }) => f.childId === budi);
    expect(flagged).toMatchObject({ name, posyanduId: 'psy-mawar', followUp: { alertId: 'al-lists-1', state: 'open', level: 'kader' } });
    for (const f of lists.flagged) expect(f.posyanduId).toBe('psy-mawar');
    const log = await bot.container.deps.childAccess.list({ childId: budi, limit: 10 });
    expect(log).toEqual(expect.arrayContaining([expect.objectContaining({ staffId: 'per-kader-ani', action: 'child.list', via: 'api' })]));

    const page = await get('/pws?month=2026-03', cookie);
    expect(page.body).toContain('Peringatan terbuka dan batas waktunya');
    expect(page.body).toContain(`href="/pws/children/${budi}?lang=id">${name}</a>`);
    expect(page.body).toContain('lewat batas waktu');
  });

  it('shows a child\'s visits with z-scores and categories, and its growth charts, to the kader of its posyandu', async () => {
    const cookie = await signInAs(bot, DEMO_PHONES.kader);
    const res = await get(`/api/pws/children/${budi}`, cookie);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    const stored = await bot.container.models.measurements.find({ childId: budi, supersededBy: null }).lean<Array<{ date: string; weightKg: number | null; result: { z?: Record<string, number> } }>>();
    expect(view.visits).toHaveLength(stored.length);
    const last = stored.sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
    expect(view.visits.at(-1)).toMatchObject({ date: last.date, weightKg: last.weightKg });
    expect(view.visits.at(-1).z.waz).toBe(last.result.z?.waz);

    const page = await get(`/pws/children/${budi}?lang=en`, cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Weighings and measurements');
    expect(page.body).toContain(`/pws/children/${budi}/charts/wfa.png?lang=en`);
    const png = await get(`/pws/children/${budi}/charts/wfa.png`, cookie);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const actions = (await bot.container.deps.childAccess.list({ childId: budi, limit: 50 })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['child.view', 'child.chart']));
  });

  it('gives a lurah the lists as counts per RW, without names or child ids', async () => {
    const lurah = await signInAs(bot, DEMO_PHONES.lurah);
    const res = await get('/api/pws/lists?month=2026-03', lurah);
    expect(res.statusCode).toBe(200);
    expect(res.json().rws).toContainEqual({ kelurahanId: 'kel-margahayu', rw: '03', openAlerts: 1, overdueAlerts: 1, nextDeadline: '2026-03-08T02:00:00.000Z', notWeighed: 2, puslingRequests: 0, nextVisit: null });
    const name = (await bot.container.models.children.findById(budi).lean<{ name: string }>())!.name;
    for (const secret of [budi, name, 'al-lists-1', 'childId']) expect(res.body).not.toContain(secret);
  });

  it('refuses names to a lurah (403) and a child of another posyandu to its kader (404)', async () => {
    const lurah = await signInAs(bot, DEMO_PHONES.lurah);
    for (const url of [`/api/pws/children/${budi}`, `/pws/children/${budi}`, `/pws/children/${budi}/charts/wfa.png`]) {
      const res = await get(url, lurah);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).not.toContain(budi);
    }
    const page = await get('/pws?month=2026-03', lurah);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('/pws/children/');
    const melati = await signInAs(bot, DEMO_PHONES.kaderMelati);
    expect((await get(`/api/pws/children/${budi}`, melati)).statusCode).toBe(404);
    expect((await get('/api/pws/lists?month=2026-03', melati)).json().alerts).toEqual([]);
  });
});
