import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReminderSender } from '../../../src/app/schedule/reminder-sender.js';
import type { ReminderKind } from '../../../src/domain/schedule/index.js';
import { DEMO_PHONES } from '../../../src/main/demo-data.js';
import { seedDemo } from '../../../src/main/seed-demo.js';
import { movingClock } from '../../../src/shared/clock.js';
import { before, nextSession, reminderJob } from '../../helpers/next-session.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

// Monday 9 March 2026, 09:00 WIB, on a clock that moves as the work runs. Pak Darto and Mak Iyah were
// screened at Posyandu Melati on 12 February (demo world): his pressure and waist were a little high
// (a check every month), her values all normal (a check once a year).
const clock = movingClock(new Date('2026-03-09T02:00:00Z'), 1000);

describe('a screened adult\'s reminder before a session says when their next health check is due', () => {
  let bot: TestBot;
  let sender: ReminderSender;
  const job = (kind: ReminderKind) => reminderJob(bot, 'psy-melati', kind, clock.now());
  const texts = async (phone: string): Promise<string[]> => (await bot.history(phone)).map((m) => m.text);

  beforeAll(async () => {
    bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
    sender = new ReminderSender(bot.container.deps);
  });
  afterAll(() => bot.close());

  it('a month after a finding: the first reminder adds the monthly check, naming the day and no value', async () => {
    const session = await nextSession(bot, 'psy-melati', clock.now());
    clock.set(before(session, 3 * 86_400_000));
    expect(await sender.send(await job('three_days_before'))).toMatchObject({ status: 'sent' });
    const darto = await texts(DEMO_PHONES.adult);
    expect(darto).toHaveLength(2);
    expect(darto[1]).toBe('Hasil cek kesehatan terakhir Anda (12 Februari 2026) menganjurkan cek setiap bulan. Di posyandu ini Anda bisa cek tensi, gula darah, berat badan dan lingkar perut lagi, gratis.');
    expect(darto[1]).not.toMatch(/138|86|145/);
    // All normal a month ago: nothing to add.
    expect(await texts(DEMO_PHONES.elderly)).toHaveLength(1);
  });

  it('later reminders of the session do not repeat it', async () => {
    await sender.send(await job('evening_before'));
    const darto = await texts(DEMO_PHONES.adult);
    expect(darto).toHaveLength(3);
    expect(darto[2]).not.toMatch(/cek kesehatan/);
  });

  it('a year after an all-normal check: the yearly check, in the person\'s language', async () => {
    await bot.container.models.screenings.updateOne({ _id: 'sc-demo-iyah' }, { $set: { date: '2025-03-12' } });
    await bot.container.deps.contacts.update('c-demo-elderly', { reminderKinds: ['morning_of'] });
    const session = await nextSession(bot, 'psy-melati', clock.now());
    clock.set(before(session, 2 * 3_600_000));
    await sender.send(await job('morning_of'));
    const iyah = await texts(DEMO_PHONES.elderly);
    expect(iyah.at(-1)).toBe('Tos ampir sataun ti saprak cék kaséhatan pamungkas Anjeun (12 Maret 2025). Cék tensi, gula getih, beurat awak sareng lingkar beuteung dianjurkeun sahenteuna sataun sakali; di posyandu ieu tiasa, gratis.');
  });
});
