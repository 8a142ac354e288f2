import type { Queue } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

/**
 * A kader's JADWAL change, a parent's BANTUAN ANAK and a family's choice of reminders are effects the
 * commit applies after the turn's session is saved. A worker that dies in the middle hands the turn
 * out again: the saved effects are applied again, and the stored state, the queued jobs and the
 * replies are those of one clean turn. A crash before the session is saved leaves nothing written.
 */
const ONBOARD = ['halo', '1', 'ya'];
const KADER = DEMO_PHONES.kader;
const PARENT = DEMO_PHONES.parent;
const JADWAL = ['JADWAL', '1', '12 Maret', '09.00-12.00', 'tidak', 'Masjid Al-Ikhlas'];
const SEVERE_WASTING = ['BB 8,3 kg TB 83 cm', 'Sari', 'ya', 'berdiri', '1'];
type Turn = readonly [phone: string, text: string];

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function start(turns: readonly Turn[]): Promise<TestBot> {
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
  bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
  for (const [i, [phone, text]] of turns.entries()) await bot.send(phone, text, `writes-replay-${i}`);
  return bot;
}

const queueOf = (jobs: unknown): Queue => (jobs as { queue: Queue }).queue;
const jobIds = async (queue: Queue) => (await queue.getJobs(['delayed', 'waiting', 'active', 'completed', 'failed'])).map((j) => j.id).sort();
const byId = { _id: 1 } as const;

/**
 * Makes one method throw once, for the last turn only; `seen` reads the stored state at that moment.
 * Returns what `seen` read, once it crashed.
 */
function failOnce<T extends object, K extends keyof T, S>(target: T, key: K, seen?: () => Promise<S>): () => { crashed: boolean; seen?: S } {
  const original = (target[key] as (...args: unknown[]) => Promise<unknown>).bind(target);
  const state: { crashed: boolean; seen?: S } = { crashed: false };
  target[key] = (async (...args: unknown[]) => {
    if (!state.crashed) {
      state.crashed = true;
      if (seen) state.seen = await seen();
      throw new Error('the worker died here');
    }
    return original(...args);
  }) as T[K];
  return () => state;
}

async function replayMatchesClean<S>(turns: readonly Turn[], last: Turn, state: (b: TestBot) => Promise<S>, crash: (b: TestBot) => () => { crashed: boolean }): Promise<S> {
  const id = `writes-replay-last`;
  const clean = await start(turns);
  const cleanReplies = await clean.send(last[0], last[1], id);
  const expected = await state(clean);
  await clean.close();
  bot = undefined;

  const b = await start(turns);
  const crashed = crash(b);
  const replies = await b.send(last[0], last[1], id);
  expect(crashed().crashed).toBe(true);
  expect(replies.map((r) => r.text)).toEqual(cleanReplies.map((r) => r.text));
  expect(await state(b)).toEqual(expected);
  expect((await b.container.deps.messages.getInbound(`simulator:${id}`))?.status).toBe('processed');
  return expected;
}

/** The schedule, the families' announcements and the reminder jobs the change queued. */
async function scheduleState(b: TestBot) {
  const { models } = b.container;
  const notices = await models.outbound.find({ kind: 'notice' }).sort(byId).lean();
  return {
    schedule: await models.schedules.findById('psy-mawar').lean(),
    // Not their status: the send workers move them on at their own pace.
    notices: notices.map(({ _id, contactId, text }) => ({ _id, contactId, text })),
    jobs: await jobIds(b.container.schedule!.queue.queue),
  };
}

/** The parent's call for help, its audit line, its deadline job and the kader's message. */
async function helpState(b: TestBot) {
  const { models, deps } = b.container;
  const requests = await models.alerts.find({ origin: 'parent_request' }).sort(byId).lean();
  const kader = await deps.contacts.findByAddress('simulator', KADER);
  const toKader = await models.outbound.find({ kind: 'alert', contactId: kader?._id }).sort(byId).lean();
  return {
    requests: requests.map(({ deliveries, ...rest }) => ({ ...rest, deliveries: deliveries.map(({ at: _at, ...d }) => d) })),
    audit: (await models.audit.find({ subject: { $in: requests.map((r) => r._id) } }).sort(byId).lean()).map(({ _id, action }) => ({ _id, action })),
    jobs: (await jobIds(queueOf(deps.escalation.jobs))).filter((jobId) => requests.some((r) => jobId?.includes(String(r._id)))),
    toKader: toKader.map(({ _id, text }) => ({ _id, text })),
  };
}

describe('a turn whose commit died half way (MongoDB-wire server, Redis)', () => {
  it("JADWAL confirmed, a crash while the families' news is queued: the replay tells the kader the same count and stores what one clean turn does", async () => {
    const turns: Turn[] = [...ONBOARD, ...JADWAL].map((text) => [KADER, text]);
    const expected = await replayMatchesClean(turns, [KADER, 'ya'], scheduleState, (b) => failOnce(b.container.deps.sends, 'enqueue'));
    expect(expected.schedule?.revision).toBeGreaterThan(0);
    expect(expected.notices).toHaveLength(3);
  }, 180_000);

  it('BANTUAN ANAK, a crash before its deadline is queued: the replay answers "requested", not "already", and the kader is told once', async () => {
    const turns: Turn[] = [...ONBOARD.map((text): Turn => [KADER, text]), ...SEVERE_WASTING.map((text): Turn => [PARENT, text])];
    const expected = await replayMatchesClean(turns, [PARENT, 'BANTUAN ANAK'], helpState, (b) => failOnce(b.container.deps.escalation.jobs, 'deadline'));
    expect(expected.requests).toHaveLength(1);
    expect(expected.requests[0]?.deliveries).toEqual([expect.objectContaining({ event: 'parent_request', status: 'sent' })]);
    expect(expected.toKader.length).toBeGreaterThan(0);
  }, 180_000);

  it('a choice of reminders, a crash before the session is saved: nothing was written yet, and the replay stores the choice once', async () => {
    const turns: Turn[] = [[PARENT, 'pengingat']];
    const kinds = (b: TestBot) => async () => (await b.container.deps.contacts.get('c-demo-parent'))?.reminderKinds ?? null;
    let atCrash: (() => { crashed: boolean; seen?: unknown }) | undefined;
    const expected = await replayMatchesClean(turns, [PARENT, '4'], async (b) => kinds(b)(), (b) => (atCrash = failOnce(b.container.deps.sessions, 'save', kinds(b))));
    expect(expected).toEqual([]);
    expect(atCrash?.().seen).toBeNull();
  }, 180_000);
});
