/**
 * The daily pass over registered pregnancies: a reminder a week before the next antenatal visit,
 * once, held past quiet hours, with the posyandu's next class for pregnant women; lapsed pregnancies erased; mothers who said BERHENTI left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AntenatalReminders } from '../../../src/app/pregnancy/antenatal-reminders.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { fixedClock } from '../../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

describe('AntenatalReminders', () => {
  let bot: TestBot;
  // 00:15 WIB, when the daily job runs: inside quiet hours.
  const clock = fixedClock(new Date('2026-07-07T17:15:00Z'));

  beforeAll(async () => {
    bot = await startTestBot({ clock, workers: false, seed: (c) => seedDemo(c.models, clock.now()) });
    const { pregnancies } = bot.container.deps;
    // K3 suggested on 15 July for a due date of 2 December: today (8 July WIB) is a week before.
    await pregnancies.save({ _id: 'c-demo-pregnant', posyanduId: 'psy-melati', dates: { dueDate: '2026-12-02', lmp: null }, registeredAt: clock.now(), lapseAt: new Date('2027-01-13T00:00:00+07:00'), remindedVisit: 2 });
    await pregnancies.save({ _id: 'c-demo-parent-4', posyanduId: 'psy-melati', dates: { dueDate: '2026-05-01', lmp: null }, registeredAt: clock.now(), lapseAt: new Date('2026-06-12T00:00:00+07:00'), remindedVisit: 6 });
  });
  afterAll(() => bot.close());

  it('reminds once of the visit a week ahead and erases the lapsed pregnancy', async () => {
    const { deps } = bot.container;
    const reminders = new AntenatalReminders(deps);
    expect(await reminders.run(clock.now())).toEqual({ erased: 1, sent: 1 });
    expect(await reminders.run(clock.now())).toEqual({ erased: 0, sent: 0 });
    const sent = (await deps.messages.outboundFor('c-demo-pregnant')).filter((m) => m.kind === 'reminder');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('Pemeriksaan ke-3 (trimester 2) sebaiknya sekitar 15 Juli 2026');
    // Melati holds the class; the 12th is a Sunday, so the session is Monday 13 July (19 weeks then).
    expect(sent[0]!.text).toContain('Kelas Ibu Hamil berikutnya di posyandu Anda: Senin 13 Juli, jam 08.00–11.00 WIB di Balai RW 06; usia kehamilan Anda saat itu 19 minggu.');
    expect(await deps.pregnancies.get('c-demo-parent-4')).toBeNull();
    expect((await deps.pregnancies.get('c-demo-pregnant'))?.remindedVisit).toBe(3);
  });

  it('sends nothing to a mother who said BERHENTI', async () => {
    const { deps } = bot.container;
    await deps.contacts.update('c-demo-pregnant', { optedOut: true });
    // Re-dated by a day, so the reminder would be a new one.
    await deps.pregnancies.save({ ...(await deps.pregnancies.get('c-demo-pregnant'))!, dates: { dueDate: '2026-12-01', lmp: null }, remindedVisit: 2 });
    expect((await new AntenatalReminders(deps).run(clock.now())).sent).toBe(0);
  });
});
