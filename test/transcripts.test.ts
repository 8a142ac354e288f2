import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/main/seed-demo.js';
import { fixedClock, movingClock } from '../src/shared/clock.js';
import { startTestBot } from './helpers/services.js';
import { describeTurn, playTranscript, readTranscript } from './helpers/transcript.js';

const dir = join(import.meta.dirname, 'transcripts');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

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
