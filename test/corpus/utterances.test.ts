import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { measurementIntent, parseMeasurementText } from '../../src/domain/measurement/index.js';

/** One message as parents and kader type it, and what the bot must read in it. */
interface Utterance {
  text: string;
  /** labelled: a measurement word or unit; bare: numbers the bot asks about; none: not a measurement. */
  intent: 'labelled' | 'bare' | 'none';
  weightKg?: number;
  lengthCm?: number;
  headCm?: number;
  armCm?: number;
  position?: 'L' | 'H';
}

const { utterances } = parse(readFileSync(join(import.meta.dirname, 'utterances.yaml'), 'utf8')) as { utterances: Utterance[] };
const FIELDS = ['weightKg', 'lengthCm', 'headCm', 'armCm', 'position'] as const;

describe('corpus: messages as people type them', () => {
  it('holds at least 300 utterances', () => {
    expect(utterances.length).toBeGreaterThanOrEqual(300);
  });

  it.each(utterances.map((u) => [u.text, u] as const))('%j', (_text, utterance) => {
    expect(measurementIntent(utterance.text) ?? 'none').toBe(utterance.intent);
    if (utterance.intent === 'none') return;
    const read = parseMeasurementText(utterance.text);
    const got = Object.fromEntries(FIELDS.filter((f) => read[f] !== undefined).map((f) => [f, read[f]]));
    const expected = Object.fromEntries(FIELDS.filter((f) => utterance[f] !== undefined).map((f) => [f, utterance[f]]));
    expect({ values: got, problems: read.problems }).toEqual({ values: expected, problems: [] });
  });
});
