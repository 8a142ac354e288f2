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
