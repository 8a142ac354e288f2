import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_POLICY, reminderPolicySchema, scheduleSchema } from '../../src/domain/schedule/index.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { ScheduleRepository } from '../../src/store/schedule-repository.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const NOW = new Date('2026-03-09T02:00:00Z');

describe('ScheduleRepository (real MongoDB-wire store)', () => {
  let bot: TestBot;
  let repo: ScheduleRepository;

  beforeAll(async () => {
    bot = await startTestBot({ workers: false, seed: (c) => seedDemo(c.models, NOW) });
    repo = new ScheduleRepository(bot.container.models);
  });
  afterAll(async () => bot.close());

  it('stores a schedule with holiday policy, reminder policy, quiet hours and exceptions, and reads it back', async () => {
    const schedule = scheduleSchema.parse({ posyanduId: 'psy-x', zone: 'Asia/Makassar', rule: { kind: 'last_weekday', weekday: 4 }, start: '08:30', end: '11:00', place: 'Masjid', services: ['balita', 'lansia'], holidayPolicy: { onHoliday: 'skip', closedWeekdays: [6, 7] } });
    const reminderPolicy = reminderPolicySchema.parse({ reminders: [{ kind: 'custom_week_before', daysBefore: 7, at: '10:00' }], quietHours: { start: '20:00', end: '07:00' } });
    const record = { _id: 'psy-x', schedule, reminderPolicy, exceptions: [{ kind: 'moved' as const, originalDate: '2026-03-26', date: '2026-03-27', note: 'Rapat' }], revision: 2, updatedAt: NOW, updatedBy: 'c_1' };
    await repo.set(record);
    expect(await repo.get('psy-x')).toEqual(record);
    expect(await repo.get('psy-none')).toBeNull();
  });

  it('refuses a schedule filed under another posyandu id', async () => {
    const schedule = scheduleSchema.parse({ posyanduId: 'psy-a', zone: 'Asia/Jakarta', rule: { kind: 'day_of_month', day: 1 }, start: '08:00', end: '11:00', place: 'Balai', services: ['balita'] });
    await expect(repo.set({ _id: 'psy-b', schedule, reminderPolicy: DEFAULT_REMINDER_POLICY, exceptions: [], revision: 0, updatedAt: NOW, updatedBy: null })).rejects.toThrow(/own posyandu id/);
  });

  it('lists the demo schedules and the families of a posyandu who have not opted out', async () => {
    expect((await repo.all()).map((r) => r._id)).toEqual(['psy-mawar', 'psy-melati', 'psy-x']);
    await bot.container.deps.contacts.update('c-demo-parent-2', { optedOut: true });
    expect((await repo.families('psy-mawar')).map((c) => c._id)).toEqual(['c-demo-parent', 'c-demo-parent-3']);
  });
});
