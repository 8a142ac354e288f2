/**
 * Times the anthro batch tool on a synthetic file (default 100,000 rows): once in-process
 * (`runAnthroBatch`) and once as the real command (`tsx scripts/anthro.ts`, start-up included).
 *
 * Usage: npx tsx scripts/bench-anthro.ts [rows]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnthroBatch } from '../src/tools/anthro/run-batch.js';

const rows = Number(process.argv[2] ?? 100_000);

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

function syntheticCsv(count: number): string {
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

const dir = mkdtempSync(join(tmpdir(), 'bench-anthro-'));
try {
  const input = join(dir, 'in.csv');
  const output = join(dir, 'out.csv');
  const csv = syntheticCsv(rows);
  writeFileSync(input, csv);

  const inProcess: string[] = [];
  for (let run = 0; run < 3; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    runAnthroBatch(csv);
    const used = process.cpuUsage(cpu);
    inProcess.push(`${(performance.now() - started).toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms)`);
  }

  const command: number[] = [];
  let written = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/anthro.ts', input, '-o', output], { encoding: 'utf8' });
    command.push(performance.now() - started);
    if (child.status !== 0) throw new Error(`anthro exited ${child.status}: ${child.stderr}`);
    written = readFileSync(output, 'utf8').trim().split('\n').length - 1;
  }

  console.log(`rows: ${rows} (${(csv.length / 1e6).toFixed(1)} MB), written: ${written}`);
  console.log(`in-process runAnthroBatch, 3 runs: ${inProcess.join(', ')}`);
  console.log(`command (node --import tsx scripts/anthro.ts -o file, incl. start-up), 3 runs: ${command.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
