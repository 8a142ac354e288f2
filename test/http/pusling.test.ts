import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const TOKEN = 'pusling-admin-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const LURAH = '+628111000003';
const COORDINATOR = '+628111000004';

describe('Pusling API', () => {
  let bot: TestBot;

  beforeAll(async () => {
    const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
    bot = await startTestBot({ clock, env: { ADMIN_TOKEN: TOKEN }, seed: (c) => seedDemo(c.models, clock.now()) });
  });
  afterAll(async () => bot?.close());

  const create = (body: Record<string, unknown>, headers: Record<string, string> = auth) =>
    bot.app.inject({ method: 'POST', url: '/api/pusling/requests', headers, payload: body });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer not-the-admin-token-at-all' }],
  ])('refuses %s', async (_name, headers) => {
    const res = await create({ actorPhone: LURAH, kelurahanId: 'kel-margahayu', rw: '04', reasons: ['distance'], expectedPeople: 30 }, headers);
    expect(res.statusCode).toBe(401);
    expect((await bot.app.inject({ method: 'GET', url: '/api/pusling/requests?puskesmasId=pkm-bekasi-jaya', headers })).statusCode).toBe(401);
  });

  it('validates the body against its schema', async () => {
    const res = await create({ actorPhone: LURAH, kelurahanId: 'kel-margahayu', rw: '04', reasons: ['rain'], expectedPeople: 0 });
    expect(res.statusCode).toBe(400);
  });

  it('refuses someone who is not registered staff', async () => {
    const res = await create({ actorPhone: '+628111000001', kelurahanId: 'kel-margahayu', rw: '03', reasons: ['distance'], expectedPeople: 30 });
    expect(res.statusCode).toBe(403);
  });

  let id = '';
  it('creates a request for the lurah, lists it ranked, and schedules it', async () => {
    const res = await create({ actorPhone: LURAH, kelurahanId: 'kel-margahayu', rw: '04', reasons: ['distance', 'pregnant_screening'], preferredDates: ['2026-04-14'], expectedPeople: 30 });
    expect(res.statusCode).toBe(201);
    const created = res.json().request;
    id = created.id;
    expect(created).toMatchObject({ state: 'requested', area: { posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '04', puskesmasId: 'pkm-bekasi-jaya' }, requestedBy: { id: 'per-lurah', role: 'lurah' } });

    const list = await bot.app.inject({ method: 'GET', url: '/api/pusling/requests?puskesmasId=pkm-bekasi-jaya', headers: auth });
    expect(list.json().ranked[0]).toMatchObject({ score: 6.2, parts: { children: { value: 0, points: 0 }, distance: { value: 3.1, points: 6.2 }, waiting: { value: 0, points: 0 } }, request: { id } });

    const decided = await bot.app.inject({
      method: 'POST', url: `/api/pusling/requests/${id}/decision`, headers: auth,
      payload: { actorPhone: COORDINATOR, action: 'schedule', date: '2026-04-14', time: '08:00', endTime: '11:00', place: 'Balai RW 04', team: ['bidan', 'TPG'] },
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json().request).toMatchObject({ state: 'scheduled', schedule: { date: '2026-04-14', time: '08:00', endTime: '11:00', place: 'Balai RW 04' } });
    expect(decided.json().request.history.map((h: { action: string; by: { id: string } }) => [h.action, h.by.id])).toEqual([['request', 'per-lurah'], ['schedule', 'per-tpg-rina']]);
  });

  it('announces the visit to the RW 04 family in Sundanese', async () => {
    let texts: string[] = [];
    for (let i = 0; i < 100 && !texts.some((t) => t.startsWith('Puskesmas Keliling')); i++) {
      texts = (await bot.history('+628111000006')).map((m) => m.text);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(texts).toContain('Puskesmas Keliling sumping ka RW 04 dina Salasa, 14 April 2026 tabuh 08.00–11.00 di Balai RW 04. Aya pamariksaan balita, ibu reuneuh sareng lansia. Candak Buku KIA.');
  });

  it('refuses a second Pusling day in April (capacity) and lets the lurah decide nothing', async () => {
    const second = await create({ actorPhone: LURAH, kelurahanId: 'kel-margahayu', rw: '07', reasons: ['distance'], expectedPeople: 50 });
    const secondId = second.json().request.id;
    const decide = (actorPhone: string) => bot.app.inject({
      method: 'POST', url: `/api/pusling/requests/${secondId}/decision`, headers: auth,
      payload: { actorPhone, action: 'schedule', date: '2026-04-21', time: '08:00', place: 'Balai RW 07', team: ['bidan'] },
    });
    const full = await decide(COORDINATOR);
    expect(full.statusCode).toBe(409);
    expect(full.json().error.message).toMatch(/^capacity_full/);
    expect((await decide(LURAH)).statusCode).toBe(403);
  });
});
