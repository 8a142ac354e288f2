import type { Queue } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/main/demo-data.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { startTestBot, type TestBot } from '../helpers/services.js';

/**
 * A kader's Pusling request and broadcast confirmation are effects the commit applies. A worker that
 * dies in the middle of the commit hands the turn out again: the saved effects are applied again and
 * the stored request or broadcast, its batches and its queued job ids are those of one clean turn,
 * ids included (derived from the turn, not drawn).
 */
const KADER = DEMO_PHONES.kader;
const ONBOARD = ['halo', '1', 'ya'];
const PUSLING = [...ONBOARD, 'PUSLING', '3', '7', '1 dan 2', '14 april', 'ya', '16 april', '40 orang'];
const BROADCAST = [...ONBOARD, 'SIARAN', 'Besok Selasa posyandu buka jam 08.00 di Balai RW 03. Jangan lupa bawa buku KIA.', '3', '2'];
const LAST = { text: 'ya', id: 'ops-replay-last' };
const INBOUND = `simulator:${LAST.id}`;

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function start(texts: readonly string[]): Promise<TestBot> {
  const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
  bot = await startTestBot({ clock, seed: (c) => seedDemo(c.models, clock.now()) });
  for (const [i, text] of texts.entries()) await bot.send(KADER, text, `ops-replay-${i}`);
  return bot;
}

const queueOf = (jobs: unknown): Queue => (jobs as { queue: Queue }).queue;
const jobIds = async (queue: Queue) => (await queue.getJobs(['delayed', 'waiting', 'active', 'completed', 'failed'])).map((j) => j.id).sort();
const byId = { _id: 1 } as const;

async function puslingState(b: TestBot) {
  const { models, deps } = b.container;
  return {
    requests: await models.puslingRequests.find({}).sort(byId).lean(),
    jobs: await jobIds(queueOf(deps.puslingJobs)),
  };
}

/** What starting writes; sending changes status and batch progress afterwards, at the workers' pace. */
async function broadcastState(b: TestBot) {
  const { models, deps } = b.container;
  const broadcasts = await models.broadcasts.find({}).sort(byId).lean();
  const batches = await models.broadcastBatches.find({}).sort(byId).lean();
  const progress = await models.batchProgress.find({}).sort(byId).lean();
  return {
    broadcasts: broadcasts.map(({ status: _s, endedAt: _e, ...rest }) => rest),
    batches: batches.map(({ _id, broadcastId, index }) => ({ _id, broadcastId, index })),
    progress: progress.map(({ _id, broadcastId, index, size }) => ({ _id, broadcastId, index, size })),
    jobs: (await jobIds(queueOf(deps.broadcasts.jobs))).filter((id) => id?.startsWith('bcb') || id?.startsWith('bcc_') && id.endsWith('_0')),
  };
}

/** Makes one method throw once, for the last turn only. */
function failOnce<T extends object, K extends keyof T>(target: T, key: K): () => boolean {
  const original = (target[key] as (...args: unknown[]) => Promise<unknown>).bind(target);
  let crashed = false;
  target[key] = (async (...args: unknown[]) => {
    if (!crashed) {
      crashed = true;
      throw new Error('the worker died here');
    }
    return original(...args);
  }) as T[K];
  return () => crashed;
}

async function replayMatchesClean<S>(texts: readonly string[], state: (b: TestBot) => Promise<S>, crash: (b: TestBot) => () => boolean): Promise<S> {
  const clean = await start(texts);
  const cleanReplies = await clean.send(KADER, LAST.text, LAST.id);
  const expected = await state(clean);
  await clean.close();
  bot = undefined;

  const b = await start(texts);
  const crashed = crash(b);
  const replies = await b.send(KADER, LAST.text, LAST.id);
  expect(crashed()).toBe(true);
  expect(await state(b)).toEqual(expected);
  expect(replies.map((r) => r.text)).toEqual(cleanReplies.map((r) => r.text));
  expect((await b.container.deps.messages.getInbound(INBOUND))?.status).toBe('processed');
  return expected;
}

describe('a kader turn whose commit died half way (MongoDB-wire server, Redis)', () => {
  it.each<[string, (b: TestBot) => () => boolean]>([
    ['before the request is stored', (b) => failOnce(b.container.deps.pusling, 'insert')],
    ['after the request is stored, before its notice is queued', (b) => failOnce(b.container.deps.puslingJobs, 'event')],
  ])('Pusling request, a crash %s: the replay stores and queues what one clean turn does', async (_name, crash) => {
    const expected = await replayMatchesClean(PUSLING, puslingState, crash);
    expect(expected.requests).toHaveLength(1);
    expect(expected.jobs.some((id) => id?.startsWith('pusling-event'))).toBe(true);
  }, 120_000);

  it.each<[string, (b: TestBot) => () => boolean]>([
    ['after the broadcast is stored, before its batches are queued', (b) => failOnce(b.container.deps.broadcasts.jobs, 'addBatches')],
    ['after its batches are queued, before its first check', (b) => failOnce(b.container.deps.broadcasts.jobs, 'scheduleCheck')],
  ])('broadcast confirmation, a crash %s: the replay stores and queues what one clean turn does', async (_name, crash) => {
    const expected = await replayMatchesClean(BROADCAST, broadcastState, crash);
    expect(expected.broadcasts).toHaveLength(1);
    expect(expected.batches.length).toBeGreaterThan(0);
    expect(expected.progress).toHaveLength(expected.batches.length);
    expect(expected.jobs.length).toBe(expected.batches.length + 1);
  }, 120_000);
});
