import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/seed-demo.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const TOKEN = 'admin-token-for-tests-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('admin registry API', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ workers: false, env: { ADMIN_TOKEN: TOKEN }, seed: (c) => seedDemo(c.models, new Date('2026-03-09T02:00:00Z')) });
  });
  afterAll(() => bot.close());

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer admin-token-for-tests-0123456780' }],
    ['a shorter token', { authorization: 'Bearer admin' }],
  ])('refuses %s with 401', async (_name, headers) => {
    for (const [method, url] of [['GET', '/api/admin/posyandu'], ['PUT', '/api/admin/posyandu/psy-x'], ['DELETE', '/api/admin/people/per-lurah']] as const) {
      const res = await bot.app.inject({ method, url, headers, ...(method === 'PUT' ? { payload: {} } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHORIZED');
    }
  });

  it('lists and gets with the token', async () => {
    const list = await bot.app.inject({ method: 'GET', url: '/api/admin/posyandu', headers: auth });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((p: { _id: string }) => p._id)).toEqual(['psy-mawar', 'psy-melati']);
    const one = await bot.app.inject({ method: 'GET', url: '/api/admin/puskesmas/pkm-bekasi-jaya', headers: auth });
    expect(one.json()).toMatchObject({ _id: 'pkm-bekasi-jaya', timezone: 'Asia/Jakarta' });
    expect((await bot.app.inject({ method: 'GET', url: '/api/admin/kelurahan/kel-none', headers: auth })).statusCode).toBe(404);
  });

  it('upserts a posyandu: zone and RWs normalised; saving again changes nothing', async () => {
    const body = { name: 'Kenanga', address: 'Jl. Kenanga 2', kelurahanId: 'kel-margahayu', puskesmasId: 'pkm-bekasi-jaya', rws: ['5', 'RW 6'], timezone: 'WIB' };
    for (let i = 0; i < 2; i++) {
      const res = await bot.app.inject({ method: 'PUT', url: '/api/admin/posyandu/psy-kenanga', headers: auth, payload: body });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ _id: 'psy-kenanga', ...body, rws: ['05', '06'], timezone: 'Asia/Jakarta' });
    }
    expect(await bot.container.models.posyandu.countDocuments()).toBe(3);
  });

  it('refuses bad posyandu data with every problem', async () => {
    const res = await bot.app.inject({
      method: 'PUT',
      url: '/api/admin/posyandu/psy-bad',
      headers: auth,
      payload: { name: 'X', address: '', kelurahanId: 'kel-margahayu', puskesmasId: 'pkm-bekasi-jaya', rws: ['01'], timezone: 'UTC' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/address is required; timezone "UTC" is not WIB, WITA or WIT/);
    const unknown = await bot.app.inject({ method: 'PUT', url: '/api/admin/posyandu/psy-bad', headers: auth, payload: { name: 'X', address: 'Y', kelurahanId: 'kel-none', puskesmasId: 'pkm-bekasi-jaya', rws: ['01'], timezone: 'WIT' } });
    expect(unknown.json().error.message).toContain('kelurahan_id "kel-none" is not a known kelurahan');
    const extra = await bot.app.inject({ method: 'PUT', url: '/api/admin/posyandu/psy-bad', headers: auth, payload: { name: 'X', nonsense: 1 } });
    expect(extra.statusCode).toBe(400);
  });

  it('saves a person with the phone in E.164; a phone taken by someone else is a conflict', async () => {
    const res = await bot.app.inject({ method: 'PUT', url: '/api/admin/people/per-kader-budi', headers: auth, payload: { phone: '0812 9999 0001', role: 'kader', name: 'Pak Budi', posyanduIds: ['psy-melati'] } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ _id: 'per-kader-budi', phone: '+6281299990001', duties: [] });
    const taken = await bot.app.inject({ method: 'PUT', url: '/api/admin/people/per-other', headers: auth, payload: { phone: '+628111000002', role: 'kader', name: 'Copy', posyanduIds: ['psy-mawar'] } });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.message).toContain('phone +628111000002 is already registered to per-kader-ani');
  });

  it('deletes what nothing points at; refuses a posyandu that still has a kader', async () => {
    const busy = await bot.app.inject({ method: 'DELETE', url: '/api/admin/posyandu/psy-mawar', headers: auth });
    expect(busy.statusCode).toBe(409);
    expect((await bot.app.inject({ method: 'DELETE', url: '/api/admin/posyandu/psy-kenanga', headers: auth })).statusCode).toBe(204);
    expect((await bot.app.inject({ method: 'DELETE', url: '/api/admin/posyandu/psy-kenanga', headers: auth })).statusCode).toBe(404);
  });
});

describe('admin registry API without ADMIN_TOKEN', () => {
  it('is off', async () => {
    const bot = await startTestBot({ workers: false });
    try {
      const res = await bot.app.inject({ method: 'GET', url: '/api/admin/posyandu' });
      expect(res.statusCode).toBe(404);
    } finally {
      await bot.close();
    }
  });
});
