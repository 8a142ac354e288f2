import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/main/seed-demo.js';
import { fixedClock, movingClock } from '../src/shared/clock.js';
import { startTestBot } from './helpers/services.js';
import { describeTurn, playTranscript, readTranscript } from './helpers/transcript.js';

const dir = join(import.meta.dirname, 'transcripts');
const all = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
/**
 * Every transcript's replies are checked on the whole stack by `transcripts-twice.test.ts` (its single
 * pass) on a frozen clock, and parents' ones on the engine alone too. This file plays the ones whose
 * clock moves as it is read, which a replay cannot compare, and every file when UPDATE_GOLDEN=1
 * rewrites them.
 */
const files = process.env.UPDATE_GOLDEN === '1' ? all : all.filter((name) => readTranscript(join(dir, name)).clockMoves !== undefined);

describe('golden conversation transcripts', () => {
  it.each(files)('%s', async (name) => {
    const file = join(dir, name);
    const transcript = readTranscript(file);
    const start = new Date(transcript.clock ?? '2026-03-09T02:00:00Z');
    const clock = transcript.clockMoves ? movingClock(start, transcript.clockMoves) : fixedClock(start);
    const bot = await startTestBot({ clock, ...(transcript.env ? { env: transcript.env } : {}), seed: transcript.seed === 'none' ? undefined : (c) => seedDemo(c.models, clock.now()) });
    try {
      const { expected, actual } = await playTranscript(bot, file, transcript);
      transcript.turns.forEach((turn, i) => {
        expect(actual[i], `turn ${i + 1}: ${turn.from} ${describeTurn(turn)}`).toEqual(expected[i]);
      });
    } finally {
      await bot.close();
    }
  });
});
