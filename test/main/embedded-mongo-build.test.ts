import { describe, expect, it } from 'vitest';
import { buildWithProgress } from '../../src/main/embedded-mongo-build.js';

describe('building the embedded server says what it is doing', () => {
  it('reports before fetching, before compiling (with how long it may take) and after, with the time it took', () => {
    const events: string[] = [];
    let clock = 1_000_000;
    buildWithProgress(
      { prepare: () => { events.push('prepare'); clock += 4_000; }, compile: () => { events.push('compile'); clock += 80_000; } },
      (line) => events.push(line),
      () => clock,
    );
    expect(events).toEqual([
      expect.stringContaining('Building the embedded MongoDB-wire server'),
      'prepare',
      expect.stringMatching(/Compiling it with Go: 1-3 minutes/),
      'compile',
      expect.stringMatching(/is built in 84 s/),
    ]);
  });

  it('says nothing after a step that failed (the error tells what to install)', () => {
    const lines: string[] = [];
    const failing = () => { throw new Error('Could not build the embedded MongoDB-wire server (go build). Install Go 1.24+'); };
    expect(() => buildWithProgress({ prepare: () => undefined, compile: failing }, (line) => lines.push(line))).toThrow(/Install Go/);
    expect(lines).toHaveLength(2);
    expect(lines.some((l) => l.includes('is built'))).toBe(false);
  });
});
