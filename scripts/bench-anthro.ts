/**
 * Times the anthro batch tool on a synthetic file (default 100,000 rows): once in-process
 * (`runAnthroBatch`) and as the real command (compiled JavaScript, start-up included).
 *
 * Usage: npx tsx scripts/bench-anthro.ts [rows]
 */
import { cpus, loadavg } from 'node:os';
import { runAnthroBatch } from '../src/tools/anthro/run-batch.js';
import { benchAnthroCommand, syntheticCsv } from './bench/anthro.js';

const rows = Number(process.argv[2] ?? 100_000);
const csv = syntheticCsv(rows);
const inProcess: string[] = [];
for (let run = 0; run < 3; run++) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  runAnthroBatch(csv);
  const used = process.cpuUsage(cpu);
  inProcess.push(`${(performance.now() - started).toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms)`);
}
const command = benchAnthroCommand(rows);
console.log(`rows: ${rows} (${(csv.length / 1e6).toFixed(1)} MB)`);
console.log(`in-process runAnthroBatch, 3 runs: ${inProcess.join(', ')}`);
console.log(`command (${command.command}, start-up included), best of 3: ${(command.seconds * 1000).toFixed(0)} ms = ${Math.round(command.rowsPerSecond)} rows/s`);
console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
