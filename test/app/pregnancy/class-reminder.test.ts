import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReminderSender } from '../../../src/app/schedule/reminder-sender.js';
import type { ReminderKind } from '../../../src/domain/schedule/index.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { movingClock } from '../../../src/shared/clock.js';
import { before, nextSession, reminderJob } from '../../helpers/next-session.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

// Monday 9 March 2026, 09:00 WIB, on a clock that moves as the work runs. Posyandu Melati (Ibu Rini's)
// meets on the 12th and holds Kelas Ibu Hamil.
const clock = movingClock(new Date('2026-03-09T02:00:00Z'), 1000);

describe('a pregnant mother\'s reminder before a session that holds Kelas Ibu Hamil', () => {
  let bot: TestBot;
  let sender: ReminderSender;
  const job = (kind: ReminderKind) => reminderJob(bot, 'psy-melati', kind, clock.now());
  const texts = async (): Promise<string[]> => (await bot.history(DEMO_PHONES.pregnant)).map((m) => m.text);
  const registerDue = (dueDate: string): Promise<void> =>
    bot.container.deps.pregnancies.save({ _id: 'c-demo-pregnant', posyanduId: 'psy-melati', dates: { dueDate, lmp: null }, registeredAt: clock.now(), lapseAt: new Date(`${dueDate}T00:00:00+07:00`), remindedVisit: 0 });

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    sender = new ReminderSender(bot.container.deps);
  });
  afterAll(() => bot.close());

  it('before any pregnancy is registered, the reminder is the plain one', async () => {
    const session = await nextSession(bot, 'psy-melati', clock.now());
    clock.set(before(session, 3 * 86_400_000));
    expect(await sender.send(await job('three_days_before'))).toMatchObject({ status: 'sent' });
    expect(await texts()).toHaveLength(1);
  });

  it('in the class\'s weeks, the first reminder adds the class; later ones do not repeat it', async () => {
    await registerDue('2026-09-17');
    await bot.container.deps.contacts.update('c-demo-pregnant', { reminderKinds: ['evening_before', 'morning_of'] });
    const session = await nextSession(bot, 'psy-melati', clock.now());
    clock.set(before(session, 14 * 3_600_000));
    await sender.send(await job('evening_before'));
    const sent = await texts();
    expect(sent).toHaveLength(3);
    expect(sent[2]).toBe('Di posyandu ini ada Kelas Ibu Hamil; usia kehamilan Anda saat itu 13 minggu. Ikuti minimal 4 kali selama hamil, ajak suami atau keluarga, dan bawa Buku KIA.');
    clock.set(before(session, 2 * 3_600_000));
    await sender.send(await job('morning_of'));
    const later = (await texts()).slice(3);
    expect(later).toHaveLength(1);
    expect(later[0]).not.toMatch(/usia kehamilan/);
  });
});
