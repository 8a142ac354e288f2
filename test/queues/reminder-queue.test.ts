import { QueueEvents, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReminderPlanner } from '../../src/app/schedule/reminder-planner.js';
import { ReminderSender } from '../../src/app/schedule/reminder-sender.js';
import { turnCommit } from '../../src/app/effects/commit-handlers.js';
import { askerOf } from '../../src/app/contacts/asker.js';
import { ScheduleChangeService } from '../../src/app/schedule/schedule-change-service.js';
import type { ReminderJob } from '../../src/app/schedule/schedule-ports.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { followUpJobId, reminderJobId, REMINDER_QUEUE } from '../../src/queues/reminder-queue.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

// Sunday 1 March 2026, 09:00 WIB: Mawar meets Tuesday 10 March 08:00–11:00, Melati Thursday 12 March.
const clock = fixedClock(new Date('2026-03-01T02:00:00Z'));
const PHONES = { siti: DEMO_PHONES.parent, rina: '+628111000005', euis: '+628111000006', kate: '+628111000007' };
const reminderTexts = async (bot: TestBot, phone: string): Promise<string[]> =>
  (await bot.history(phone)).map((m) => m.text).filter((t) => /posyandu/i.test(t) && !/📢/.test(t) && !/jadwal imunisasi/.test(t));
/** The note after a family's first reminder of a session: the doses their children are due there (test/app/immunisation). */
const immunisationNotes = async (bot: TestBot, phone: string): Promise<string[]> => (await bot.history(phone)).map((m) => m.text).filter((t) => /jadwal imunisasi/.test(t));

describe('posyandu reminders on real Redis (BullMQ delayed jobs)', () => {
  let bot: TestBot;
  let events: QueueEvents;
  let planner: ReminderPlanner;

  const job = async (key: string): Promise<Job<{ type: string; job: ReminderJob }>> => {
    const found = await bot.container.schedule!.queue.queue.getJob(reminderJobId(key));
    if (!found) throw new Error(`no job ${key}`);
    return found as Job<{ type: string; job: ReminderJob }>;
  };
  /** Moves the clock to the reminder's time and runs its delayed job now. */
  const fire = async (key: string, at: string): Promise<void> => {
    clock.set(new Date(at));
    const queued = await job(key);
    await queued.promote();
    await queued.waitUntilFinished(events, 15_000);
  };

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    const { env, redis, deps } = bot.container;
    events = new QueueEvents(REMINDER_QUEUE, { connection: redis.duplicate(), prefix: env.QUEUE_PREFIX });
    await events.waitUntilReady();
    planner = new ReminderPlanner(deps);
    await planner.planAll();
    // Rina said BERHENTI; Euis only wants the morning reminder.
    await deps.contacts.update('c-demo-parent-2', { optedOut: true });
    await deps.contacts.update('c-demo-parent-3', { reminderKinds: ['morning_of'] });
  });
  afterAll(async () => {
    await events.close();
    await bot.close();
  });

  it('queues each reminder and the follow-up as delayed jobs keyed by the reminder key', async () => {
    const delayed = await bot.container.schedule!.queue.queue.getDelayed();
    const ids = delayed.map((j) => j.id).sort();
    expect(ids).toContain(reminderJobId('psy-mawar@2026-03-10|20260310T0800|three_days_before'));
    expect(ids).toContain(reminderJobId('psy-mawar@2026-03-10|20260310T0800|evening_before'));
    expect(ids).toContain(reminderJobId('psy-melati@2026-03-12|20260312T0800|morning_of'));
    expect(ids).toContain(followUpJobId({ posyanduId: 'psy-mawar', sessionId: 'psy-mawar@2026-03-10', start: '2026-03-10T08:00:00+07:00' }));
    const threeDays = await job('psy-mawar@2026-03-10|20260310T0800|three_days_before');
    // 7 March 09:00 WIB is 6 days after the fixed clock.
    expect(threeDays.delay).toBe(6 * 24 * 3600 * 1000);
  });

  it('sends the three-days reminder to the right families in their language, and nothing twice', async () => {
    const key = 'psy-mawar@2026-03-10|20260310T0800|three_days_before';
    await fire(key, '2026-03-07T02:00:00Z');
    expect(await reminderTexts(bot, PHONES.siti)).toEqual([
      'Pengingat: posyandu hari Selasa, 10 Maret, jam 08.00–11.00 WIB di Balai RW 03. Layanan: balita, ibu hamil dan lansia. Ibu hamil dan balita, jangan lupa bawa Buku KIA.',
    ]);
    expect(await immunisationNotes(bot, PHONES.siti)).toHaveLength(1);
    expect(await reminderTexts(bot, PHONES.rina)).toEqual([]); // opted out
    expect(await reminderTexts(bot, PHONES.euis)).toEqual([]); // wants the morning one only
    expect(await reminderTexts(bot, PHONES.kate)).toEqual([]); // another posyandu

    // Planning again and running the same reminder again send nothing new.
    await planner.planAll();
    expect(await (await job(key)).getState()).toBe('completed');
    const again = await new ReminderSender(bot.container.deps).send((await job(key)).data.job);
    expect(again).toEqual({ status: 'sent', sent: 0 });
    expect(await reminderTexts(bot, PHONES.siti)).toHaveLength(1);
    expect(await immunisationNotes(bot, PHONES.siti)).toHaveLength(1);
  });

  it('sends Melati the evening-before reminder in English', async () => {
    await fire('psy-melati@2026-03-12|20260312T0800|evening_before', '2026-03-11T11:30:00Z');
    expect(await reminderTexts(bot, PHONES.kate)).toEqual([
      'Posyandu is tomorrow! Thursday 12 March, 08:00–11:00 WIB at Balai RW 06. Put your Buku KIA by the door. Services: children under five, pregnant women, a class for pregnant women (Kelas Ibu Hamil), adults and older people.',
    ]);
  });

  it('waits for the end of quiet hours when a reminder comes due at night', async () => {
    const key = 'psy-mawar@2026-03-10|20260310T0800|evening_before';
    const queued = await job(key);
    clock.set(new Date('2026-03-09T15:30:00Z')); // 22:30 WIB: the worker was down at 18:30
    expect(await new ReminderSender(bot.container.deps).send(queued.data.job)).toEqual({ status: 'later', later: new Date('2026-03-09T23:00:00Z') });
    await queued.promote();
    let state = await queued.getState();
    for (let i = 0; i < 100 && state !== 'delayed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await queued.getState();
    }
    expect(state).toBe('delayed');
    expect(await reminderTexts(bot, PHONES.siti)).toHaveLength(1);
  });

  it('a session moved after its reminders were queued sends nothing for the old time, and reminds for the new one', async () => {
    const { deps } = bot.container;
    clock.set(new Date('2026-03-09T05:00:00Z')); // Monday 12:00 WIB
    const kader = await deps.contacts.findOrCreate({ channel: 'simulator', address: DEMO_PHONES.kader, phone: DEMO_PHONES.kader }, { id: 'c-kader', lang: 'id', timezone: 'Asia/Jakarta' });
    await deps.contacts.update(kader._id, { role: 'kader', posyanduId: 'psy-mawar', consentAt: clock.now() });
    const oldMorning = (await job('psy-mawar@2026-03-10|20260310T0800|morning_of')).data.job;
    const moved = await new ScheduleChangeService(deps).apply(
      await askerOf(deps, kader._id),
      { kind: 'move', sessionId: 'psy-mawar@2026-03-10', date: '2026-03-12', start: '09:00', end: '12:00', place: null },
      deps.engine.translate,
      clock.now(),
      'reminder-queue#1',
    );
    expect(moved).toMatchObject({ result: 'saved', announced: 2 }); // Rina opted out
    if (moved.result === 'saved') await turnCommit(deps).apply(moved.effects, { contactId: kader._id, ref: 'reminder-queue#1', now: clock.now(), erased: false });
    expect(await bot.container.schedule!.queue.queue.getJob(reminderJobId(oldMorning.key))).toBeUndefined();
    // Even a job that escaped the clean-up finds the session moved and sends nothing.
    expect(await new ReminderSender(deps).send(oldMorning)).toEqual({ status: 'stale' });

    await fire('psy-mawar@2026-03-10|20260312T0900|morning_of', '2026-03-11T23:00:00Z');
    expect(await reminderTexts(bot, PHONES.euis)).toEqual([
      'Dinten ieu posyandu, tabuh 09.00–12.00 WIB di Balai RW 03. Ulah hilap bawa Buku KIA. Layanan: balita, ibu reuneuh jeung lansia.',
    ]);
    expect((await reminderTexts(bot, PHONES.siti)).at(-1)).toBe('Hari ini posyandu, jam 09.00–12.00 WIB di Balai RW 03. Jangan lupa bawa Buku KIA. Layanan: balita, ibu hamil dan lansia.');
    expect(await reminderTexts(bot, PHONES.rina)).toEqual([]);
  });
});
