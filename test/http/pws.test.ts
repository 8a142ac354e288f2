import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { fixedClock } from '../../src/shared/clock.js';
import type { TestBot } from '../helpers/services.js';
import { OTHER_KADER, signInAs, startStaffBot, staffSessions } from '../helpers/staff-sessions.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

describe('staff sign-in and the PWS API', () => {
  let bot: TestBot;
  beforeAll(async () => {
    // Staff have written to the bot before (on the simulator): that is where their code goes.
    bot = await startStaffBot(clock, [DEMO_PHONES.kader, DEMO_PHONES.kaderMelati, DEMO_PHONES.lurah, DEMO_PHONES.puskesmas, OTHER_KADER]);
  });
  afterAll(async () => bot?.close());

  const askCode = (phone: string) => bot.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone } });
  const trySession = (phone: string, code: string) => bot.app.inject({ method: 'POST', url: '/api/auth/session', payload: { phone, code } });
  async function codeSentTo(phone: string): Promise<string | undefined> {
    const texts = (await bot.history(phone)).map((m) => m.text);
    return texts.flatMap((t) => /PWS.*?(\d{6})/.exec(t)?.[1] ?? []).at(-1);
  }
  const sessions = staffSessions(() => bot);
  const session = (phone: string) => sessions.cookie(phone);
  const pws = (cookie: string | undefined, month = '2026-03') => bot.app.inject({ method: 'GET', url: `/api/pws?month=${month}`, headers: cookie ? { cookie } : {} });

  it('answers 202 for staff, parents and unknown numbers alike, and sends a code only to staff', async () => {
    for (const phone of [DEMO_PHONES.parent, '+628111000777']) {
      const res = await askCode(phone);
      expect([res.statusCode, res.json()]).toEqual([202, { status: 'accepted' }]);
    }
    expect(await codeSentTo(DEMO_PHONES.parent)).toBeUndefined();
    // A parent has no code, so no code signs them in.
    expect((await trySession(DEMO_PHONES.parent, '000000')).statusCode).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Strict, expiring cookie (not Secure outside production)', async () => {
    expect((await askCode(DEMO_PHONES.lurah)).statusCode).toBe(202);
    const res = await trySession(DEMO_PHONES.lurah, (await codeSentTo(DEMO_PHONES.lurah))!);
    const cookie = res.cookies.find((c) => c.name === 'pws_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(new Date(cookie.expires!).getTime()).toBe(clock.now().getTime() + 12 * 3600_000);
    expect(cookie.value).toMatch(/^[\w-]{43}$/);
  });

  it('writes the code in the staff member\'s chat in their language, and keeps only its hash', async () => {
    expect((await askCode(DEMO_PHONES.kaderMelati)).statusCode).toBe(202);
    const code = (await codeSentTo(DEMO_PHONES.kaderMelati))!;
    const text = (await bot.history(DEMO_PHONES.kaderMelati)).at(-1)!.text;
    expect(text).toContain('Berlaku 5 menit');
    const keys = await bot.container.redis.keys(`${bot.container.env.QUEUE_PREFIX}:pws-*`);
    for (const key of keys) {
      expect(key.slice(bot.container.env.QUEUE_PREFIX.length)).not.toMatch(/\d{8}/);
      const values = JSON.stringify(key.includes('code-requests') ? await bot.container.redis.get(key) : await bot.container.redis.hgetall(key).catch(() => ({})));
      expect(values).not.toContain(code);
    }
  });

  it('refuses a code after five wrong tries, and an expired code', async () => {
    const code = (await codeSentTo(DEMO_PHONES.kaderMelati))!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await trySession(DEMO_PHONES.kaderMelati, wrong)).statusCode).toBe(401);
    expect((await trySession(DEMO_PHONES.kaderMelati, code)).statusCode).toBe(401);

    expect((await askCode(DEMO_PHONES.kaderMelati)).statusCode).toBe(202);
    const fresh = (await codeSentTo(DEMO_PHONES.kaderMelati))!;
    clock.advance(5 * 60_000);
    try {
      expect((await trySession(DEMO_PHONES.kaderMelati, fresh)).statusCode).toBe(401);
    } finally {
      clock.set(new Date('2026-03-09T02:00:00Z'));
    }
  });

  it('limits code requests per phone, known or not', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await askCode('+628111000555')).statusCode);
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect((await askCode('+628111000556')).statusCode).toBe(202);
  });

  it('refuses the PWS without a session, and with a made-up one', async () => {
    expect((await pws(undefined)).statusCode).toBe(401);
    expect((await pws('pws_session=made-up-session-id')).statusCode).toBe(401);
  });

  it('shows a kader their posyandu only', async () => {
    const res = await pws(await session(DEMO_PHONES.kader));
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ month: '2026-03', role: 'kader', names: true });
    expect(view.posyandu.map((p: { posyanduId: string }) => p.posyanduId)).toEqual(['psy-mawar']);
    // Four demo under-fives at Mawar (Budi, Sari, Dewi, Asep); K and D as the database holds them.
    const { models } = bot.container;
    const mawar = (await models.children.find({ posyanduId: 'psy-mawar' }).lean()).map((c) => c._id);
    const weighed = async (date: Record<string, string>) => new Set((await models.measurements.find({ childId: { $in: mawar }, supersededBy: null, weightKg: { $ne: null }, date }).lean()).map((m) => m.childId)).size;
    const [K, D] = [await weighed({ $lte: '2026-03-31' }), await weighed({ $gte: '2026-03-01', $lte: '2026-03-31' })];
    expect(K).toBeGreaterThan(0);
    expect(view.posyandu[0]).toMatchObject({ name: 'Mawar', S: 4, K, D });
    expect(view.total.S).toBe(4);
    expect(view.rw.every((r: { kelurahanId: string }) => r.kelurahanId === 'kel-margahayu')).toBe(true);
  });

  it('shows a lurah their kelurahan as aggregates, never a child\'s name', async () => {
    const res = await pws(await session(DEMO_PHONES.lurah));
    const view = res.json();
    expect(view).toMatchObject({ role: 'lurah', names: false });
    expect(view.posyandu.map((p: { posyanduId: string }) => p.posyanduId).sort()).toEqual(['psy-mawar', 'psy-melati']);
    expect(view.total.S).toBe(5);
    for (const name of ['Budi', 'Sari', 'Dewi', 'Asep', 'Kevin', 'ch-budi']) expect(res.body).not.toContain(name);
  });

  it('shows puskesmas staff their puskesmas area, not another puskesmas', async () => {
    const view = (await pws(await session(DEMO_PHONES.puskesmas))).json();
    expect(view.posyandu.map((p: { posyanduId: string }) => p.posyanduId).sort()).toEqual(['psy-mawar', 'psy-melati']);
    const other = (await pws(await session(OTHER_KADER))).json();
    expect(other.posyandu).toMatchObject([{ posyanduId: 'psy-other', S: 1, K: 1, D: 1, N: 1, D_S: 100, N_D: 100 }]);
    expect(other.rw).toMatchObject([{ kelurahanId: 'kel-other', rw: '01', S: 1 }]);
  });

  it('answers a bad month with 400 and what to write', async () => {
    const cookie = await session(OTHER_KADER);
    for (const month of ['2026-13', 'maret', '2026-3']) {
      const res = await pws(cookie, month);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain('YYYY-MM');
    }
  });

  it('renders the sign-in form for a visitor, in Indonesian first and in English on request', async () => {
    const page = await bot.app.inject({ method: 'GET', url: '/pws' });
    expect(page.statusCode).toBe(401);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Masuk dasbor PWS');
    expect(page.body).toContain('/api/auth/code');
    const english = await bot.app.inject({ method: 'GET', url: '/pws?lang=en' });
    expect(english.body).toContain('Sign in to the PWS dashboard');
  });

  it('renders the month\'s table from the same figures as the JSON, names never shown to a lurah', async () => {
    const cookie = await session(DEMO_PHONES.kader);
    const page = await bot.app.inject({ method: 'GET', url: '/pws?month=2026-03', headers: { cookie } });
    expect(page.statusCode).toBe(200);
    const view = (await pws(cookie)).json();
    const mawar = view.posyandu[0];
    expect(page.body).toContain(`<tr><td>Mawar</td><td>${String(mawar.S)}</td><td>${String(mawar.K)}</td><td>${String(mawar.D)}</td><td>${String(mawar.N)}</td>`);
    expect(page.body).toContain('Per posyandu');
    expect(page.body).toContain('name="viewport"');
    // The 12-month trend, March last; the demo history gives the months before it values to draw.
    expect(page.body).toContain('Tren 12 bulan terakhir');
    expect(page.body.match(/<text[^>]*font-size="10">(\d\d)<\/text>/g)?.map((t) => /(\d\d)</.exec(t)?.[1])).toEqual(['04', '05', '06', '07', '08', '09', '10', '11', '12', '01', '02', '03']);
    expect(page.body).toMatch(/class="D_S" points="[\d., ]+"/);
    // The month's files: the SKDN table, and for a reader who may see names the by-name measurements.
    expect(page.body).toContain('href="/api/pws/skdn.xlsx?month=2026-03"');
    expect(page.body).toContain('href="/api/exports/measurements.xlsx?month=2026-03"');
    const english = await bot.app.inject({ method: 'GET', url: '/pws?month=2026-03&lang=en', headers: { cookie } });
    expect(english.body).toContain('By posyandu');

    const lurah = await bot.app.inject({ method: 'GET', url: '/pws?month=2026-03', headers: { cookie: await session(DEMO_PHONES.lurah) } });
    expect(lurah.statusCode).toBe(200);
    expect(lurah.body).toContain('<td>Melati</td>');
    expect(lurah.body).toContain('nama anak tidak ditampilkan');
    for (const name of ['Budi', 'Sari', 'Dewi', 'Asep', 'Kevin']) expect(lurah.body).not.toContain(name);
    expect(lurah.body).toContain('href="/api/pws/skdn.csv?month=2026-03"');
    expect(lurah.body).not.toContain('/api/exports/measurements');
  });

  it('exports the SKDN table as CSV with the same figures', async () => {
    const cookie = await session(DEMO_PHONES.kader);
    const res = await bot.app.inject({ method: 'GET', url: '/api/pws/skdn.csv?month=2026-03', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('pws-skdn-2026-03.csv');
    const lines = res.body.trim().split('\r\n').map((l) => l.split(','));
    const header = lines[0]!;
    const row = lines.find((l) => l[1] === 'posyandu')!;
    const mawar = (await pws(cookie)).json().posyandu[0];
    for (const column of ['S', 'K', 'D', 'N']) expect(row[header.indexOf(column)], column).toBe(String(mawar[column]));
    expect(row[header.indexOf('posyandu_id')]).toBe('psy-mawar');
    expect(lines.at(-1)![1]).toBe('total');
  });

  it('lists the children not weighed this month by name, logs that read, and refuses the lurah', async () => {
    const cookie = await session(OTHER_KADER);
    const sweep = (month: string, c = cookie) => bot.app.inject({ method: 'GET', url: `/api/pws/sweeping?month=${month}`, headers: { cookie: c } });
    expect((await sweep('2026-03')).json()).toEqual({ month: '2026-03', items: [] });
    const april = await sweep('2026-04');
    expect(april.json()).toEqual({ month: '2026-04', items: [{ childId: 'ch-other', name: 'Zaki', posyanduId: 'psy-other', posyanduName: 'Posyandu Lain', rw: '01', lastWeighedOn: '2026-03-05' }] });
    const log = await bot.container.deps.childAccess.list({ childId: 'ch-other', limit: 10 });
    expect(log).toMatchObject([{ staffId: 'per-kader-other', role: 'kader', action: 'child.list', childId: 'ch-other', via: 'api' }]);

    const lurah = await sweep('2026-04', await session(DEMO_PHONES.lurah));
    expect(lurah.statusCode).toBe(403);
    expect(lurah.body).not.toContain('Budi');
  });

  it('ends a session on DELETE and on expiry', async () => {
    const cookie = await signInAs(bot, OTHER_KADER);
    expect((await pws(cookie)).statusCode).toBe(200);
    const out = await bot.app.inject({ method: 'DELETE', url: '/api/auth/session', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'pws_session')?.value).toBe('');
    expect((await pws(cookie)).statusCode).toBe(401);

    const later = await signInAs(bot, DEMO_PHONES.puskesmas);
    clock.advance(12 * 3600_000);
    try {
      expect((await pws(later)).statusCode).toBe(401);
    } finally {
      clock.set(new Date('2026-03-09T02:00:00Z'));
    }
  });
});
