import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertDeadlines } from '../../../src/app/escalation/alert-deadlines.js';
import type { EscalationDeps } from '../../../src/app/escalation/escalation-deps.js';
import { createTranslator, loadCatalog } from '../../../src/i18n/catalog.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
const translate = createTranslator(loadCatalog('locales'));

describe('consent withdrawal stops escalation about the family', () => {
  let bot: TestBot;
  let deps: EscalationDeps;

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    deps = { ...bot.container.deps, translate };
    for (const phone of [DEMO_PHONES.kader, DEMO_PHONES.puskesmas, DEMO_PHONES.lurah]) for (const text of ['halo', '1', 'ya']) await bot.send(phone, text);
    // Sari, 33 months, 83 cm, 8.3 kg: severe wasting opens an urgent alert.
    for (const text of ['BB 8,3 kg TB 83 cm', 'Sari', 'ya', 'berdiri', '1']) await bot.send(DEMO_PHONES.parent, text);
  });
  afterAll(() => bot.close());

  it('an open alert about a child erased by the withdrawal is neither announced, escalated nor listed', async () => {
    const [alert] = (await deps.escalation.alerts.unresolvedIn({ posyanduIds: ['psy-mawar'] })).filter((a) => a.childId === 'ch-sari');
    expect(alert).toBeDefined();
    for (const text of ['cabut izin', 'ya']) await bot.send(DEMO_PHONES.parent, text);
    expect(await deps.children.get('ch-sari')).toBeNull();

    clock.set(new Date(alert!.ackDueAt!.getTime() + 60_000));
    const outbound = await bot.container.models.outbound.countDocuments({ kind: 'alert' });
    const deadlines = new AlertDeadlines(deps);
    expect(await deadlines.deadline(alert!.id, alert!.level)).toEqual({ status: 'stale' });
    await deadlines.notifyOpened(alert!.id);
    expect(await bot.container.models.outbound.countDocuments({ kind: 'alert' })).toBe(outbound);
    expect((await deps.escalation.alerts.get(alert!.id))!.level).toBe(alert!.level);
    // Nor is it on the kader's desk any more.
    const desk = (await bot.send(DEMO_PHONES.kader, 'peringatan')).map((r) => [r.text, ...(r.choices ?? []).map((c) => c.label)].join('\n')).join('\n');
    expect(desk).not.toMatch(/gizi buruk|\?/);
  });
});
