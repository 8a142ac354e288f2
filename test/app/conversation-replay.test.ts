import { afterEach, describe, expect, it, vi } from 'vitest';
import { outboundId } from '../../src/app/messages/outbound-id.js';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

/**
 * A turn whose effects were applied may run again: the worker died before the inbox item was marked
 * done. Sari's severe wasting report records a measurement, opens alerts and queues their jobs; the
 * same turn applied twice must leave exactly that, down to the episode and alert ids (derived from the
 * measurement), also when the worker died in the middle of escalation.
 */
const REPORT = ['BB 8,3 kg TB 83 cm', 'Sari', 'ya', 'berdiri'];
const LAST = { text: '1', id: 'replay-last' };
const INBOUND = `simulator:${LAST.id}`;

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function start(): Promise<TestBot> {
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
  bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
  for (const text of REPORT) await bot.send(DEMO_PHONES.parent, text);
  return bot;
}

/** What the turn writes: Sari's measurements, episodes, alerts as opened, their audit, escalation jobs, its replies. */
async function stored(b: TestBot) {
  const { models } = b.container;
  const byId = { _id: 1 } as const;
  const jobs = await b.container.escalation!.queue.queue.getJobs(['delayed', 'waiting', 'active', 'completed', 'failed']);
  return {
    measurements: await models.measurements.find({ childId: 'ch-sari' }).sort(byId).lean(),
    episodes: await models.episodes.find({}).sort(byId).lean(),
    alerts: (await models.alerts.find({}).sort(byId).lean()).map(({ _id, episodeId, condition, severity, state, level, openedAt, ackDueAt }) => ({ _id, episodeId, condition, severity, state, level, openedAt, ackDueAt })),
    audit: (await models.audit.find({}).sort(byId).lean()).filter((e) => e.action === 'alert.open'),
    jobs: jobs.map((j) => j.id).filter((id) => id?.startsWith('alert-')).sort(),
    replies: (await models.outbound.find({ inReplyTo: INBOUND }).sort(byId).lean()).map((r) => ({ _id: r._id, text: r.text })),
  };
}

/** The stored state in short, for a readable diff; the full state (derived ids included) is compared too. */
function summary(state: Awaited<ReturnType<typeof stored>>) {
  return {
    measurements: state.measurements.map(({ _id, date, weightKg, lengthCm, source, supersededBy }) => ({ _id, date, weightKg, lengthCm, source, supersededBy })),
    episodes: state.episodes.map((e) => e.condition).sort(),
    alerts: state.alerts.map((a) => `${a.condition}:${a.state}:${a.level}`).sort(),
    audit: state.audit.length,
    jobs: state.jobs.length,
    replies: state.replies.map((r) => r.text),
  };
}

type Crash = (b: TestBot, crashed: () => void) => void;

/** Makes one method of a store throw once, for the last turn only. */
function failOnce<T extends object, K extends keyof T>(target: T, key: K, when: (...args: never[]) => boolean): Crash {
  return (_b, crashed) => {
    const original = (target[key] as (...args: unknown[]) => Promise<unknown>).bind(target);
    let done = false;
    target[key] = (async (...args: never[]) => {
      if (!done && when(...args)) {
        done = true;
        crashed();
        throw new Error('the worker died here');
      }
      return original(...args);
    }) as T[K];
  };
}

describe('a turn applied twice (MongoDB-wire server, Redis)', () => {
  const crashes: Array<[string, (b: TestBot) => Crash]> = [
    ['before the session is saved', (b) => failOnce(b.container.deps.sessions, 'save', () => true)],
    ['after the session is saved, before its effects are applied', (b) => failOnce(b.container.deps.children, 'insertMeasurement', () => true)],
    ['after the effects are applied, before its replies are queued', (b) => failOnce(b.container.deps.sends, 'enqueue', (_channel: string, _chat: string, ids: readonly string[]) => ids.includes(outboundId(INBOUND, 0)))],
    // Mid-escalation: the decision made at the commit must not be made again differently (or not at all) on the replay.
    ['after an episode is stored, before its alert', (b) => failOnce(b.container.deps.escalation.alerts, 'insert', () => true)],
    ['after the alerts are stored, before their notifications are queued', (b) => failOnce(b.container.deps.escalation.jobs, 'notify', () => true)],
  ];

  it.each(crashes)('a crash %s: the redelivered turn stores what one clean turn does', async (_name, crashAt) => {
    const clean = await start();
    await clean.send(DEMO_PHONES.parent, LAST.text, LAST.id);
    const exact = await stored(clean);
    const expected = summary(exact);
    await clean.close();
    bot = undefined;

    const b = await start();
    let crashed = false;
    crashAt(b)(b, () => (crashed = true));
    const replies = await b.send(DEMO_PHONES.parent, LAST.text, LAST.id);

    expect(crashed).toBe(true);
    expect(expected.measurements.filter((m) => m.date === '2026-03-09')).toHaveLength(1);
    expect(expected.alerts.some((a) => a.startsWith('severe_wasting:'))).toBe(true);
    expect(expected.jobs).toBeGreaterThan(0);
    expect(summary(await stored(b))).toEqual(expected);
    // Episode and alert ids are derived from the measurement, not drawn: the same byte for byte.
    expect(await stored(b)).toEqual(exact);
    expect(replies.map((r) => r.text)).toEqual(expected.replies);
    expect((await b.container.deps.messages.getInbound(INBOUND))?.status).toBe('processed');
  }, 120_000);

  it('the same inbound turn run again after it completed changes no stored state', async () => {
    const b = await start();
    await b.send(DEMO_PHONES.parent, LAST.text, LAST.id);
    // Notifications change alerts (deliveries) and send messages: wait until they are done; deadlines are hours away.
    const pending = async () => (await b.container.escalation!.queue.queue.getJobs(['delayed', 'waiting', 'active'])).filter((j) => j.id?.startsWith('alert-notify'));
    const jobsSettled = async () => expect(await pending()).toEqual([]);
    await vi.waitFor(jobsSettled, { timeout: 15_000, interval: 200 });
    const once = await stored(b);
    const outboundOnce = await b.container.models.outbound.countDocuments({});

    // As if the worker died before removing the item from the inbox, and the item is handed out again (with its message, as the inbox carries it).
    const message = { channel: 'simulator', address: DEMO_PHONES.parent, text: LAST.text, receivedAt: b.container.deps.clock.now() };
    await b.container.conversations.process(`simulator:${DEMO_PHONES.parent}`, { kind: 'message', inboundId: INBOUND, message });
    await vi.waitFor(jobsSettled, { timeout: 15_000, interval: 200 });

    expect(once.measurements.filter((m) => m.date === '2026-03-09')).toHaveLength(1);
    expect(once.alerts.length).toBeGreaterThan(0);
    expect(once.jobs.filter((id) => id?.startsWith('alert-notify'))).toHaveLength(once.alerts.length);
    expect(await stored(b)).toEqual(once);
    expect(await b.container.models.outbound.countDocuments({})).toBe(outboundOnce);
  }, 120_000);
});
