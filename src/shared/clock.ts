/**
 * The one source of "now". Logic takes a Clock so tests can fix time.
 *
 * @example
 * const clock = fixedClock(new Date('2026-03-12T01:00:00Z'));
 * clock.now(); // 2026-03-12T01:00:00.000Z
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is put; `set` and `advance` move it. */
export interface FixedClock extends Clock {
  set(at: Date): void;
  advance(ms: number): void;
}

export function fixedClock(start: Date): FixedClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/**
 * A clock that moves on by `stepMs` every time it is read, as a real one does between two reads in
 * one turn: a test on it shows where code reads the time twice instead of passing one `now` down.
 *
 * @example
 * const clock = movingClock(new Date('2026-03-09T04:37:00Z'), 250);
 * clock.now() < clock.now(); // true
 */
export function movingClock(start: Date, stepMs = 250): FixedClock {
  const inner = fixedClock(start);
  return {
    now: () => {
      const at = inner.now();
      inner.advance(stepMs);
      return at;
    },
    set: inner.set,
    advance: inner.advance,
  };
}
