import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { Reply, TestBot } from './services.js';

/** A golden conversation: who says what, and exactly what the bot answers. */
export interface Transcript {
  description: string;
  seed?: 'demo' | 'none';
  clock?: string;
  turns: Array<{ from: string; send: string; replies: ExpectedReply[] }>;
}

export interface ExpectedReply {
  text: string;
  choices?: string[];
  image?: boolean;
}

export function readTranscript(file: string): Transcript {
  return parse(readFileSync(file, 'utf8')) as Transcript;
}

function simplify(reply: Reply): ExpectedReply {
  return { text: reply.text, ...(reply.choices ? { choices: reply.choices.map((c) => c.label) } : {}), ...(reply.image ? { image: true } : {}) };
}

/**
 * Plays a transcript against the bot and returns what it actually said, turn by turn. With
 * UPDATE_GOLDEN=1 the file is rewritten from the actual answers (review the diff before committing).
 */
export async function playTranscript(bot: TestBot, file: string, transcript: Transcript): Promise<{ expected: ExpectedReply[][]; actual: ExpectedReply[][] }> {
  const actual: ExpectedReply[][] = [];
  for (const turn of transcript.turns) actual.push((await bot.send(turn.from, turn.send)).map(simplify));
  if (process.env.UPDATE_GOLDEN === '1') {
    const updated = { ...transcript, turns: transcript.turns.map((turn, i) => ({ ...turn, replies: actual[i] })) };
    writeFileSync(file, stringify(updated, { lineWidth: 0 }));
  }
  return { expected: transcript.turns.map((t) => t.replies ?? []), actual };
}
