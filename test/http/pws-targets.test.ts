import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { fixedClock } from '../../src/shared/clock.js';
import type { TestBot } from '../helpers/services.js';
import { signInAs, startStaffBot } from '../helpers/staff-sessions.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));

describe('PWS targets from configuration', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startStaffBot(clock, [DEMO_PHONES.kader], undefined, { PWS_TARGET_D_S: '65', PWS_TARGET_N_D: '72.5' });
  });
  afterAll(async () => bot?.close());

  it('gives the configured D/S and N/D targets in the JSON and on the page', async () => {
    const cookie = await signInAs(bot, DEMO_PHONES.kader);
    const view = (await bot.app.inject({ method: 'GET', url: '/api/pws?month=2026-03', headers: { cookie } })).json();
    expect(view.targets).toEqual({ D_S: 65, N_D: 72.5 });
    const page = await bot.app.inject({ method: 'GET', url: '/pws?month=2026-03&lang=en', headers: { cookie } });
    expect(page.body).toMatch(/65[^0-9]/);
    expect(page.body).toContain('72.5');
    // A row is marked below target by the configured figure, not by 80.
    const mawar = view.posyandu[0];
    const marked = /<td class="below">[^<]*<\/td>/.test(page.body.slice(page.body.indexOf('<td>Mawar</td>')));
    expect(marked).toBe((mawar.D_S !== null && mawar.D_S < 65) || (mawar.N_D !== null && mawar.N_D < 72.5));
  });
});
