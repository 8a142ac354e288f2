import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { movingClock } from '../../../src/shared/clock.js';
import { startTestBot, type Reply, type TestBot } from '../../helpers/services.js';

const KADER = DEMO_PHONES.kader;
const texts = (replies: Reply[]) => replies.map((r) => r.text);

// Monday 9 March 2026, 11:37 WIB, and the clock moves on as the turn runs (as a real one does).
describe('a broadcast confirmed in the daytime on a clock that moves', () => {
  let bot: TestBot;
  const clock = movingClock(new Date('2026-03-09T04:37:00Z'), 1000);
  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    for (const text of ['halo', '1', 'ya']) await bot.send(KADER, text);
  });
  afterAll(() => bot.close());

  it('starts at once: the kader is not told it is quiet hours', async () => {
    await bot.send(KADER, 'siaran');
    await bot.send(KADER, 'Besok posyandu buka jam 08.00.');
    await bot.send(KADER, 'semua');
    const confirmed = texts(await bot.send(KADER, 'ya')).join('\n');
    expect(confirmed).not.toMatch(/jam tenang|mulai dikirim jam/);
    expect(confirmed).toMatch(/Siaran/);
  });
});
