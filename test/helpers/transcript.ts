import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { Reply, TestBot } from './services.js';

/**
 * A golden conversation: who says what (or taps which button of an earlier turn's replies, as a
 * platform button would: `tap: { turn: 2, choice: 'Laki-laki' }`, turns counted from 1), and exactly
 * what the bot answers.
 */
export interface Transcript {
  description: string;
  seed?: 'demo' | 'none';
  clock?: string;
  /** Milliseconds the clock moves at each reading, as a real one does while a turn runs; absent: frozen. */
  clockMoves?: number;
  /** Settings the bot runs with (e.g. `PUBLIC_BASE_URL`), over the test defaults. */
  env?: Record<string, string>;
  turns: TranscriptTurn[];
}

export interface TranscriptTurn {
  from: string;
  send?: string;
  /** The message is a photo (or file) and `send` its caption, as a parent sends a KMS card. */
  attachment?: 'photo' | 'document';
  tap?: { turn: number; choice: string };
  replies: ExpectedReply[];
}

/** What a turn does, for failure messages. */
export function describeTurn(turn: TranscriptTurn): string {
  if (turn.tap) return `taps "${turn.tap.choice}" from turn ${turn.tap.turn}`;
  return turn.attachment ? `sends a ${turn.attachment} captioned "${turn.send ?? ''}"` : `says "${turn.send ?? ''}"`;
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
 * Plays a transcript against the bot and returns what it actually said, turn by turn, awaiting
 * `afterTurn` after each. With UPDATE_GOLDEN=1 the file is rewritten from the actual answers (review
 * the diff before committing).
 */
export async function playTranscript(bot: TestBot, file: string, transcript: Transcript, afterTurn?: () => Promise<unknown>): Promise<{ expected: ExpectedReply[][]; actual: ExpectedReply[][] }> {
  const raw: Reply[][] = [];
  // Message ids by turn, so ids derived from a turn (measurements, Pusling requests) are the same every run.
  for (const [i, turn] of transcript.turns.entries()) {
    const id = `turn-${i + 1}`;
    raw.push(turn.tap ? await tap(bot, turn.from, turn.tap, raw, id) : await bot.send(turn.from, turn.send ?? '', id, turn.attachment));
    await afterTurn?.();
  }
  const actual = raw.map((replies) => replies.map(simplify));
  if (process.env.UPDATE_GOLDEN === '1') {
    const updated = { ...transcript, turns: transcript.turns.map((turn, i) => ({ ...turn, replies: actual[i] })) };
    writeFileSync(file, stringify(updated, { lineWidth: 0 }));
  }
  return { expected: transcript.turns.map((t) => t.replies ?? []), actual };
}

/** The tapped choice is looked up among the replies of the turn it names (the last one showing it). */
async function tap(bot: TestBot, from: string, target: { turn: number; choice: string }, earlier: Reply[][], id: string): Promise<Reply[]> {
  const reply = (earlier[target.turn - 1] ?? []).findLast((r) => r.choices?.some((c) => c.label === target.choice));
  if (!reply) throw new Error(`turn ${target.turn} showed no choice "${target.choice}"`);
  return bot.tap(from, reply, target.choice, id);
}
