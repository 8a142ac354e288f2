import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, vi } from 'vitest';
import type { TurnCommit } from '../src/app/effects/turn-commit.js';
import { seedDemo } from '../src/main/seed-demo.js';
import { fixedClock } from '../src/shared/clock.js';
import { startTestBot, type TestBot } from './helpers/services.js';
import { playTranscript, readTranscript, type ExpectedReply, type Transcript } from './helpers/transcript.js';
import { storedState, type StoredState } from './helpers/stored-state.js';
import { until } from './helpers/until.js';

const dir = join(import.meta.dirname, 'transcripts');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

/**
 * Makes every commit of this bot apply its turn's effects twice, as a turn redelivered after a crash
 * that followed the session's save does (`lastRef === ref`): the second application must change nothing.
 */
function commitTwice(bot: TestBot): void {
  const commit = (bot.container.conversations as unknown as { effects: TurnCommit }).effects;
  const once = commit.apply.bind(commit);
  commit.apply = async (effects, turn) => {
    await once(effects, turn);
    await once(effects, turn);
  };
}

/** Work due within this long counts as still going: the alert notifications wait 1.5 s (NOTIFY_DELAY_MS). */
const SOON_MS = 5_000;

/** Whether no queue or ready list has work waiting, running or due within `SOON_MS`. */
function idleCheck(bot: TestBot): () => Promise<true | undefined> {
  return async () => {
    for (const queue of bot.container.queues()) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      if (Object.values(counts).some((n) => n > 0)) return undefined;
      const delayed = await queue.getDelayed();
      if (delayed.some((job) => job.timestamp + (job.delay ?? 0) <= Date.now() + SOON_MS)) return undefined;
    }
    for (const list of bot.container.readyLists()) {
      const { waiting, active } = await list.depth();
      if (waiting + active > 0) return undefined;
    }
    return true;
  };
}

/**
 * Waits until the queues are idle, so what the turns set off is stored too (a load on the machine may
 * hold a delayed job past any fixed pause).
 */
async function settled(bot: TestBot): Promise<void> {
  const idle = idleCheck(bot);
  await until('the queues idle', idle);
  // Settled twice, a moment apart: a job that just ended may have queued the next.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await until('the queues idle', idle);
}

async function play(file: string, transcript: Transcript, twice: boolean): Promise<{ expected: ExpectedReply[][]; replies: ExpectedReply[][]; state: StoredState }> {
  const clock = fixedClock(new Date(transcript.clock ?? '2026-03-09T02:00:00Z'));
  const bot = await startTestBot({ clock, ...(transcript.env ? { env: transcript.env } : {}), seed: transcript.seed === 'none' ? undefined : (c) => seedDemo(c.models, clock.now()) });
  try {
    if (twice) commitTwice(bot);
    // What a turn sets off (an alert's notices, 1.5 s later) is done before the next turn, as it is
    // when people type at people's pace: otherwise whether a lurah who writes two turns later is
    // reachable for it depends on the machine's speed, and the two runs store different messages.
    const { expected, actual } = await playTranscript(bot, file, transcript, () => until('the turn\'s work done', idleCheck(bot)));
    await settled(bot);
    return { expected, replies: actual, state: await storedState(bot.container.models) };
  } finally {
    await bot.close();
  }
}

// Each case waits on queues and the simulator most of the time: a few at once, not the whole set.
vi.setConfig({ maxConcurrency: 3 });

describe.concurrent('golden transcripts with every turn committed twice', () => {
  it.for(files)('%s: the same replies and the same stored state', { timeout: 180_000 }, async (name, { expect }) => {
    const file = join(dir, name);
    const transcript = readTranscript(file);
    const [once, twice] = await Promise.all([play(file, transcript, false), play(file, transcript, true)]);
    expect(once.replies).toEqual(once.expected);
    expect(twice.replies).toEqual(once.replies);
    for (const collection of Object.keys(once.state)) expect(twice.state[collection], collection).toEqual(once.state[collection]);
    expect(Object.keys(twice.state)).toEqual(Object.keys(once.state));
  });
});
