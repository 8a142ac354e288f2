import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { movingClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

// Monday 9 March 2026, 10:00 WIB, on a clock that moves on as the turn runs.
const clock = movingClock(new Date('2026-03-09T03:00:00Z'), 1000);

describe('a schedule change made in the daytime on a clock that moves', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    for (const text of ['halo', '1', 'ya']) await bot.send(DEMO_PHONES.kader, text);
  });
  afterAll(() => bot.close());

  it('tells the kader the families hear now, not at a later time of quiet hours', async () => {
    for (const text of ['JADWAL', '2', 'Balai RW dipakai']) await bot.send(DEMO_PHONES.kader, text);
    const saved = (await bot.send(DEMO_PHONES.kader, 'ya')).map((r) => r.text).join('\n');
    expect(saved).toMatch(/^Tersimpan/);
    expect(saved).not.toMatch(/jam tenang/);
  });
});
