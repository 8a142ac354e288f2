/**
 * The anthro batch as users run it (`npm run anthro`: compiled JavaScript, start-up included) on a
 * synthetic file of children, deterministic so every run scores the same rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnthroResult } from './report.js';

/** What `npm run anthro` runs (npm's own start-up, about 0.2 s, left out). */
export const ANTHRO_COMMAND = ['scripts/run-compiled.mjs', 'tsconfig.anthro.json', 'scripts/anthro.ts'];

/** Deterministic pseudo-random numbers (mulberry32) so every run scores the same file. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCsv(count: number): string {
  const next = random(42);
  const lines = ['id,sex,birth_date,visit_date,weight_kg,lenhei_cm,measure,oedema,head_cm'];
  const visit = Date.UTC(2025, 5, 15);
  for (let i = 1; i <= count; i++) {
    const days = Math.floor(next() * 1900);
    const birth = new Date(visit - days * 86_400_000).toISOString().slice(0, 10);
    const growth = Math.sqrt(days / 1826);
    const weight = (3.3 + 14.5 * growth) * (0.85 + 0.3 * next());
    const length = (50 + 60 * growth) * (0.95 + 0.1 * next());
    const measure = days < 731 ? 'L' : 'H';
    const head = days < 731 ? (34 + 14 * growth).toFixed(1) : '';
    lines.push(`${i},${1 + (i % 2)},${birth},2025-06-15,${weight.toFixed(1)},${length.toFixed(1)},${measure},${next() < 0.01 ? 'y' : 'n'},${head}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Best of `runs` runs of the command on `rows` synthetic rows; the first call may build (not timed:
 * one warm-up run goes first).
 */
export function benchAnthroCommand(rows: number, runs = 3): AnthroResult {
  const dir = mkdtempSync(join(tmpdir(), 'bench-anthro-'));
  try {
    const input = join(dir, 'in.csv');
    const output = join(dir, 'out.csv');
    writeFileSync(input, syntheticCsv(rows));
    const run = () => {
      const started = performance.now();
      const child = spawnSync(process.execPath, [...ANTHRO_COMMAND, input, '-o', output], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`anthro exited ${child.status}: ${child.stderr}`);
      return performance.now() - started;
    };
    run();
    const best = Math.min(...Array.from({ length: runs }, run));
    const written = readFileSync(output, 'utf8').trim().split('\n').length - 1;
    if (written !== rows) throw new Error(`anthro wrote ${written} rows of ${rows}`);
    return { rows, command: `node ${ANTHRO_COMMAND.join(' ')}`, seconds: best / 1000, rowsPerSecond: rows / (best / 1000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
