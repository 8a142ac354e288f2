/**
 * Runs a TypeScript script as compiled JavaScript, building it first when any source is newer than
 * the build: `npm run anthro` starts in plain node (tsx's start-up cost 0.7 s a run, a third of a
 * 100,000-row file's time), and users keep typing the same command.
 *
 * Usage: node scripts/run-compiled.mjs <tsconfig> <script.ts> [args…]
 *   The tsconfig's `outDir` holds the build; its `include` names the script, whose imports tsc follows.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where sources live: a change in any of them (or a tsconfig, or a data file) rebuilds. */
const SOURCES = ['src', 'scripts', 'tsconfig.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function builtAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

const [tsconfig, script, ...args] = process.argv.slice(2);
if (!tsconfig || !script) {
  process.stderr.write('usage: node scripts/run-compiled.mjs <tsconfig> <script.ts> [args…]\n');
  process.exit(2);
}
const outDir = JSON.parse(readFileSync(join(ROOT, tsconfig), 'utf8')).compilerOptions.outDir;
const built = join(ROOT, outDir, relative(ROOT, resolve(ROOT, script)).replace(/\.ts$/, '.js'));
if (builtAt(built) < Math.max(newest(join(ROOT, tsconfig)), ...SOURCES.map((s) => newest(join(ROOT, s))))) {
  process.stderr.write(`building ${script} (once, after a change)…\n`);
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, tsconfig)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}
process.argv = [process.argv[0], built, ...args];
await import(pathToFileURL(built).href);
