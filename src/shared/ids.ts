import { randomUUID } from 'node:crypto';

/** Produces identifiers; tests inject a seeded sequence so transcripts are stable. */
export interface IdGenerator {
  next(prefix?: string): string;
}

/** A uniform integer in [0, max): crypto in production, seeded (`seededRandom`) in tests. */
export type Random = (max: number) => number;

export const randomIds: IdGenerator = { next: (prefix) => (prefix ? `${prefix}_${randomUUID()}` : randomUUID()) };

export function sequentialIds(seed = 'id'): IdGenerator {
  let n = 0;
  return { next: (prefix) => `${prefix ?? seed}_${String(++n).padStart(4, '0')}` };
}

/**
 * A small seeded generator (mulberry32) for tests and golden transcripts; never for secrets.
 *
 * @example
 * const random = seededRandom(42); random(10); // the same number every run
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}
