import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
const TOKEN = 'audit-test-token-0123456789';
const KADER = DEMO_PHONES.kader;
const PARENT = DEMO_PHONES.parent;

describe('staff access log: a kader measurement is logged and the puskesmas reads it through the admin API', () => {
  let bot: TestBot;
  const audit = (query: string, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) => bot.app.inject({ method: 'GET', url: `/api/admin/audit${query}`, headers });

  beforeAll(async () => {
    bot = await startTestBot({ clock, env: { ADMIN_TOKEN: TOKEN }, seed: (c) => seedDemo(c.models, clock.now()) });
    for (const text of ['halo', '1', 'ya']) await bot.send(KADER, text);
    // A parent looking at their own child is not staff access.
    await bot.send(PARENT, 'riwayat');
    await bot.send(PARENT, '2');
    clock.set(new Date('2026-03-09T03:00:00Z'));
    await bot.send(KADER, 'ukur');
    await bot.send(KADER, 'budi');
    await bot.send(KADER, 'BB 8,6 PB 72,5');
    await bot.send(KADER, 'selesai');
  });
  afterAll(() => bot.close());

  it('writes who (registry id and role), what, which child and when, for the list, the pick and the measurement', async () => {
    const res = await audit('?child=ch-budi');
    expect(res.statusCode).toBe(200);
    const at = '2026-03-09T03:00:00.000Z';
    // The fixed clock gives the three turns one moment; entries of one moment come in no set order.
    const items = (res.json().items as Array<{ action: string }>).sort((a, b) => a.action.localeCompare(b.action));
    expect(items).toEqual([
      { at, staffId: 'per-kader-ani', role: 'kader', action: 'child.list', childId: 'ch-budi', via: 'chat' },
      { at, staffId: 'per-kader-ani', role: 'kader', action: 'child.view', childId: 'ch-budi', via: 'chat' },
      { at, staffId: 'per-kader-ani', role: 'kader', action: 'measurement.create', childId: 'ch-budi', via: 'chat' },
    ]);
  });

  it('holds no names or phone numbers', async () => {
    const stored = await bot.container.models.childAccess.find().lean();
    expect(stored.length).toBeGreaterThan(3); // the list read every child of the posyandu
    const text = JSON.stringify(stored);
    // Ids are random hex, so a bare "628" could turn up in one: look for the demo's whole numbers instead.
    for (const phone of Object.values(DEMO_PHONES)) expect(text).not.toContain(phone.slice(1));
    expect(text).not.toMatch(/Budi|Sari|Dewi|Asep|Ani|\+62/);
  });

  it('filters by time: nothing before since is returned', async () => {
    expect((await audit('?child=ch-budi&since=2026-03-09T03:00:01Z')).json().items).toEqual([]);
    expect((await audit('?since=2026-03-09T02:59:00Z')).json().items.length).toBeGreaterThan(3);
    expect((await audit('?since=kemarin')).statusCode).toBe(400);
  });

  it('refuses without the admin token, or with a wrong one', async () => {
    const none = await audit('?child=ch-budi', {});
    expect(none.statusCode).toBe(401);
    expect(none.body).not.toContain('ch-budi');
    expect((await audit('?child=ch-budi', { authorization: 'Bearer wrong-token' })).statusCode).toBe(401);
  });
});
