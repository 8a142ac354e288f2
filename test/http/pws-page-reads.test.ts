import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { PwsRepository } from '../../src/store/pws-repository.js';
import type { TestBot } from '../helpers/services.js';
import { signInAs, startStaffBot } from '../helpers/staff-sessions.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

/**
 * The page on the demo area (`npm run demo`'s 60 under-fives with a year of weighings): the table, the
 * 12-month trend and the lists come from one read of the area's children and visits. The time is
 * logged for comparison, not asserted (it depends on the machine).
 */
describe('the PWS page on the demo area', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startStaffBot(clock, [DEMO_PHONES.puskesmas], (c) => seedDemo(c.models, clock.now(), { area: true }));
  }, 120_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await bot?.close();
  });

  it('reads the children and their visits once for the table, the trend and the lists', async () => {
    const cookie = await signInAs(bot, DEMO_PHONES.puskesmas);
    const children = vi.spyOn(PwsRepository.prototype, 'children');
    const visits = vi.spyOn(PwsRepository.prototype, 'visits');
    const started = performance.now();
    const page = await bot.app.inject({ method: 'GET', url: '/pws?month=2026-03', headers: { cookie } });
    const ms = performance.now() - started;
    console.info(`GET /pws on the demo area (puskesmas, 2026-03): ${ms.toFixed(0)} ms`);
    expect(page.statusCode).toBe(200);
    expect([children.mock.calls.length, visits.mock.calls.length]).toEqual([1, 1]);

    // The same figures as the JSON, which reads on its own.
    const view = (await bot.app.inject({ method: 'GET', url: '/api/pws?month=2026-03', headers: { cookie } })).json();
    expect(view.total.S).toBeGreaterThan(50);
    expect(page.body).toContain(`<td>${String(view.total.S)}</td><td>${String(view.total.K)}</td><td>${String(view.total.D)}</td><td>${String(view.total.N)}</td>`);
  }, 60_000);
});
