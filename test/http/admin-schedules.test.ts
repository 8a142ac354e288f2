import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/seed-demo.js';
import { reminderJobId } from '../../src/queues/reminder-queue.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

const TOKEN = 'admin-token-for-tests-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
// Sunday 1 March 2026, 09:00 WIB: Mawar meets on the 2nd Tuesday (10 March), 08:00–11:00.
const clock = fixedClock(new Date('2026-03-01T02:00:00Z'));
const MAWAR_10_MARCH = 'psy-mawar@2026-03-10|20260310T0800';

describe('schedule admin API (reminder times, quiet hours, routine, exceptions)', () => {
  let bot: TestBot;
  const delayedIds = async (): Promise<string[]> => (await bot.container.schedule!.queue.queue.getDelayed()).map((j) => j.id ?? '');
  const put = (id: string, payload: object, headers: Record<string, string> = auth) => bot.app.inject({ method: 'PUT', url: `/api/admin/schedules/${id}`, headers, payload });

  beforeAll(async () => {
    bot = await startTestBot({ clock, env: { ADMIN_TOKEN: TOKEN }, seed: (c) => seedDemo(c.models, clock.now()) });
  });
  afterAll(() => bot.close());

  it('refuses requests without the admin token', async () => {
    expect((await bot.app.inject({ method: 'GET', url: '/api/admin/schedules/psy-mawar' })).statusCode).toBe(401);
    const wrong = await put('psy-mawar', { reminderPolicy: {} }, { authorization: 'Bearer nope' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('UNAUTHORIZED');
  });

  it('shows a schedule with the sessions it gives next', async () => {
    const res = await bot.app.inject({ method: 'GET', url: '/api/admin/schedules/psy-mawar', headers: auth });
    expect(res.statusCode).toBe(200);
    const { record, next } = res.json();
    expect(record.schedule.rule).toEqual({ kind: 'nth_weekday', n: 2, weekday: 2 });
    expect(record.reminderPolicy.quietHours).toEqual({ start: '21:00', end: '06:00' });
    expect(next.map((s: { date: string }) => s.date)).toEqual(['2026-03-10', '2026-04-14', '2026-05-12']);
    expect((await bot.app.inject({ method: 'GET', url: '/api/admin/schedules/psy-none', headers: auth })).statusCode).toBe(404);
  });

  it('sets reminder times and quiet hours: new reminders are queued, dropped kinds are removed, saving again changes nothing', async () => {
    await put('psy-mawar', { reminderPolicy: {} }); // the defaults, planned
    expect(await delayedIds()).toContain(reminderJobId(`${MAWAR_10_MARCH}|three_days_before`));
    const before = (await bot.container.deps.schedules.get('psy-mawar'))!.revision;

    const policy = {
      reminders: [
        { kind: 'custom_week_before', daysBefore: 7, at: '10:00' },
        { kind: 'evening_before', daysBefore: 1, at: '20:30' },
      ],
      quietHours: { start: '20:00', end: '06:30' },
    };
    const res = await put('psy-mawar', { reminderPolicy: policy });
    expect(res.statusCode).toBe(200);
    expect(res.json().record.reminderPolicy).toEqual(policy);
    expect(res.json().record.revision).toBe(before + 1);

    const ids = await delayedIds();
    expect(ids).toContain(reminderJobId(`${MAWAR_10_MARCH}|custom_week_before`));
    expect(ids).not.toContain(reminderJobId(`${MAWAR_10_MARCH}|three_days_before`));
    expect(ids).not.toContain(reminderJobId(`${MAWAR_10_MARCH}|morning_of`));
    // 20:30 is inside the new quiet hours: the evening reminder waits until 06:30 on the day.
    const evening = await bot.container.schedule!.queue.queue.getJob(reminderJobId(`${MAWAR_10_MARCH}|evening_before`));
    expect(evening!.delay).toBe(Date.parse('2026-03-09T23:30:00Z') - clock.now().getTime());

    const again = await put('psy-mawar', { reminderPolicy: policy });
    expect(again.json().record.revision).toBe(before + 1);
  });

  it('refuses bad parts with every problem, and keeps what was stored', async () => {
    const res = await put('psy-mawar', {
      reminderPolicy: { reminders: [{ kind: 'sometimes', daysBefore: 30, at: '25:00' }], quietHours: { start: '21:00', end: '6' } },
      exceptions: [{ kind: 'moved', originalDate: '2026-03-10', date: '2026-06-10' }],
    });
    expect(res.statusCode).toBe(400);
    const message: string = res.json().error.message;
    expect(message).toMatch(/reminderPolicy\.reminders\.0\.kind/);
    expect(message).toMatch(/reminderPolicy\.reminders\.0\.daysBefore/);
    expect(message).toMatch(/reminderPolicy\.quietHours\.end/);
    expect(message).toMatch(/exceptions\.0/);
    expect((await bot.container.deps.schedules.get('psy-mawar'))!.reminderPolicy.quietHours).toEqual({ start: '20:00', end: '06:30' });

    const closed = await put('psy-mawar', { schedule: { rule: { kind: 'last_weekday', weekday: 7 }, start: '08:00', end: '11:00', place: 'Balai RW 03' } });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().error.message).toMatch(/schedule\.rule\.weekday/);
    const unknownField = await put('psy-mawar', { schedule: { zone: 'UTC' } });
    expect(unknownField.statusCode).toBe(400);
  });

  it('cancels one session through exceptions: its reminders are dropped', async () => {
    const res = await put('psy-mawar', { exceptions: [{ kind: 'cancelled', originalDate: '2026-03-10', note: 'Balai RW dipakai' }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().next[0]).toMatchObject({ date: '2026-03-10', status: 'cancelled', note: 'Balai RW dipakai' });
    const ids = await delayedIds();
    expect(ids.filter((id) => id.includes('20260310'))).toEqual([]);
  });

  it('gives a new posyandu its first schedule in the zone the registry has for it (WITA)', async () => {
    const posyandu = { name: 'Kenanga', address: 'Jl. Kenanga 2', kelurahanId: 'kel-margahayu', puskesmasId: 'pkm-bekasi-jaya', rws: ['05'], timezone: 'WITA' };
    expect((await bot.app.inject({ method: 'PUT', url: '/api/admin/posyandu/psy-kenanga', headers: auth, payload: posyandu })).statusCode).toBe(200);

    const policyOnly = await put('psy-kenanga', { reminderPolicy: {} });
    expect(policyOnly.statusCode).toBe(400);
    expect(policyOnly.json().error.message).toMatch(/no schedule yet/);

    const res = await put('psy-kenanga', { schedule: { rule: { kind: 'day_of_month', day: 12 }, start: '09:00', end: '12:00', place: 'Balai RW 05', services: ['balita', 'lansia'] } });
    expect(res.statusCode).toBe(200);
    expect(res.json().record.schedule).toMatchObject({ posyanduId: 'psy-kenanga', zone: 'Asia/Makassar', services: ['balita', 'lansia'] });
    expect(res.json().next[0]).toMatchObject({ date: '2026-03-12', start: '2026-03-12T09:00:00+08:00' });
    expect(await delayedIds()).toContain(reminderJobId('psy-kenanga@2026-03-12|20260312T0900|evening_before'));

    expect((await put('psy-nowhere', { reminderPolicy: {} })).statusCode).toBe(404);
  });
});
