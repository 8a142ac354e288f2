import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/services.js';

const ADMIN = 'admin-token-for-metrics-tests-01';
const auth = { authorization: `Bearer ${ADMIN}` };

/** One sample's value in the Prometheus text, 0 when the series is not there yet. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('operators: /metrics and the queue board', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { ADMIN_TOKEN: ADMIN } });
  });
  afterAll(async () => bot?.close());

  const metrics = async () => {
    const res = await bot.app.inject({ method: 'GET', url: '/metrics', headers: auth });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.body;
  };

  it('refuses /metrics and the queue board without the operator token, or with a wrong one', async () => {
    for (const url of ['/metrics', '/admin/queues', '/admin/queues/api/queues', '/admin/queues/static/css/main.css']) {
      const none = await bot.app.inject({ method: 'GET', url });
      expect(none.statusCode, url).toBe(401);
      expect(none.body, url).not.toMatch(/posyandu_|<html/i);
      const wrong = await bot.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${ADMIN.slice(0, -1)}x` } });
      expect(wrong.statusCode, url).toBe(401);
    }
    // A browser is asked for the token (HTTP Basic), so operators can open the board.
    expect((await bot.app.inject({ method: 'GET', url: '/admin/queues' })).headers['www-authenticate']).toMatch(/^Basic/);
  });

  it('counts a real message in, the replies out, and the turn, per channel', async () => {
    const before = await metrics();
    const replies = await bot.send('+628111000431', 'halo');
    expect(replies.length).toBeGreaterThan(0);
    const inSeries = 'posyandu_messages_in_total{channel="simulator"}';
    const outSeries = 'posyandu_messages_out_total{channel="simulator"}';
    // The send worker delivers after the turn: wait for its count (events are drained by each scrape).
    let seen = { in: sample(before, inSeries), out: sample(before, outSeries), turns: sample(before, 'posyandu_turn_duration_seconds_count') };
    for (let i = 0; i < 50 && seen.out < sample(before, outSeries) + replies.length; i++) {
      const now = await metrics();
      seen = { in: sample(now, inSeries), out: sample(now, outSeries), turns: sample(now, 'posyandu_turn_duration_seconds_count') };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen.in).toBe(sample(before, inSeries) + 1);
    expect(seen.out).toBe(sample(before, outSeries) + replies.length);
    expect(seen.turns).toBeGreaterThanOrEqual(sample(before, 'posyandu_turn_duration_seconds_count') + 1);
    // A redelivery of the same platform message is not a second message.
    await bot.send('+628111000431', 'halo', 'same-id');
    await bot.send('+628111000431', 'halo', 'same-id');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sample(await metrics(), inSeries)).toBe(seen.in + 1);
  });

  it('shows queue depths, failed jobs and open alerts as gauges', async () => {
    const text = await metrics();
    for (const queue of ['inbound', 'timeouts', 'send-simulator-default']) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) expect(text, `${queue} ${state}`).toContain(`posyandu_queue_jobs{queue="${queue}",state="${state}"}`);
    }
    expect(sample(text, 'posyandu_alerts_open{state="open"}')).toBe(0);
    const now = new Date();
    // Only the state counts here: the raw collection takes a bare alert.
    await bot.container.models.alerts.collection.insertMany([
      { _id: 'al-metrics-1' as never, state: 'open', openedAt: now },
      { _id: 'al-metrics-2' as never, state: 'resolved', openedAt: now },
    ]);
    expect(sample(await metrics(), 'posyandu_alerts_open{state="open"}')).toBe(1);
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('opens the queue board for the operator, in a browser (Basic) and as its JSON API', async () => {
    const page = await bot.app.inject({ method: 'GET', url: '/admin/queues', headers: { authorization: `Basic ${Buffer.from(`ops:${ADMIN}`).toString('base64')}` } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await bot.app.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: auth });
    expect(api.statusCode).toBe(200);
    const names = (api.json() as { queues: Array<{ name: string }> }).queues.map((q) => q.name);
    expect(names).toEqual(expect.arrayContaining(['send-simulator-default', 'reminders']));
    // Conversations and question timeouts go through ready lists, not BullMQ jobs: /metrics counts them, the board has no jobs of them.
    expect(names).not.toContain('inbound');
    expect(names).not.toContain('timeouts');
  });
});
