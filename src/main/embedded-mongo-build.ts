import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sourceDir = join(root, 'test/mongo-server');
const patchDir = join(sourceDir, 'patches');
const cacheDir = join(root, '.cache');
const binary = join(cacheDir, 'posyandu-mongo');
const stamp = join(cacheDir, 'posyandu-mongo.hash');
const patchedModule = join(cacheDir, 'ferretdb-patched');
const FERRETDB = 'github.com/FerretDB/FerretDB';

const patches = (): string[] => readdirSync(patchDir).filter((f) => f.endsWith('.patch')).sort();

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of ['main.go', 'go.mod', 'go.sum']) hash.update(readFileSync(join(sourceDir, file)));
  for (const file of patches()) hash.update(file).update(readFileSync(join(patchDir, file)));
  return hash.digest('hex');
}

function run(command: string, args: string[], cwd: string, what: string): string {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, CGO_ENABLED: '0' }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`Could not build the embedded MongoDB-wire server (${what}). Install Go 1.24+ with access to the module proxy, or set MONGODB_URI to a running MongoDB.`);
  }
  return result.stdout;
}

/**
 * FerretDB's module as the Go proxy serves it (pinned by go.sum), copied and patched with
 * `test/mongo-server/patches/*.patch`. The patches change speed only, never what a query returns:
 * nothing in the bot may rely on them, since production runs MongoDB.
 */
function preparePatchedModule(): void {
  const { Dir } = JSON.parse(run('go', ['mod', 'download', '-json', FERRETDB], sourceDir, `go mod download ${FERRETDB}`)) as { Dir: string };
  rmSync(patchedModule, { recursive: true, force: true });
  cpSync(Dir, patchedModule, { recursive: true });
  chmodRecursive(patchedModule);
  for (const file of patches()) run('git', ['apply', '--whitespace=nowarn', join(patchDir, file)], patchedModule, `git apply ${file}`);
  const modfile = readFileSync(join(sourceDir, 'go.mod'), 'utf8');
  writeFileSync(join(cacheDir, 'go.patched.mod'), `${modfile}\nreplace ${FERRETDB} => ${patchedModule}\n`);
  writeFileSync(join(cacheDir, 'go.patched.sum'), readFileSync(join(sourceDir, 'go.sum')));
}

/** The module cache is read-only; the copy must be writable to be patched (and removed next time). */
function chmodRecursive(path: string): void {
  chmodSync(path, 0o755);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) chmodRecursive(child);
    else chmodSync(child, 0o644);
  }
}

/** Whether the Go wrapper is built for the current source and patches, so starting it takes a second, not a build. */
export function embeddedMongoBinaryIsBuilt(): boolean {
  return existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash();
}

/** The two slow steps of a build, apart so the reporting around them can be tested without Go. */
export interface BuildSteps {
  /** Downloads FerretDB's module (seconds on a warm module cache) and patches a copy. */
  prepare(): void;
  /** Compiles the wrapper: the minute or more a first demo waits for. */
  compile(): void;
}

/**
 * Runs a build and says what it is doing: a line before each slow step (with how long the compile
 * may take) and one after with the time it took, so a first `npm run demo` never sits silent.
 *
 * @example
 * buildWithProgress(steps, (line) => process.stdout.write(`${line}\n`)); // '… built in 84 s.'
 */
export function buildWithProgress(steps: BuildSteps, progress: (line: string) => void, now: () => number = Date.now): void {
  const started = now();
  progress('Building the embedded MongoDB-wire server (FerretDB in Go), once per change of test/mongo-server: fetching and patching the FerretDB module...');
  steps.prepare();
  progress('Compiling it with Go: 1-3 minutes on a small machine, seconds when Go\'s build cache is warm...');
  steps.compile();
  progress(`The embedded MongoDB-wire server is built in ${Math.round((now() - started) / 1000)} s (${binary}); later starts skip this.`);
}

/**
 * Builds the Go wrapper (with the patched FerretDB) once per change of its source or patches; later
 * calls return the binary's path at once. `progress` hears what a build is doing.
 *
 * @example
 * const path = ensureEmbeddedMongoBinary((line) => console.log(line)); // .cache/posyandu-mongo
 */
export function ensureEmbeddedMongoBinary(progress: (line: string) => void = () => undefined): string {
  if (embeddedMongoBinaryIsBuilt()) return binary;
  const wanted = sourceHash();
  mkdirSync(cacheDir, { recursive: true });
  buildWithProgress(
    {
      prepare: preparePatchedModule,
      compile: () => run('go', ['build', '-buildvcs=false', `-modfile=${join(cacheDir, 'go.patched.mod')}`, '-o', binary, '.'], sourceDir, `go build in ${sourceDir}`),
    },
    progress,
  );
  writeFileSync(stamp, wanted);
  return binary;
}
