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

/**
 * Builds the Go wrapper (with the patched FerretDB) once per change of its source or patches; later
 * calls return the binary's path at once.
 *
 * @example
 * const path = ensureEmbeddedMongoBinary(); // .cache/posyandu-mongo
 */
export function ensureEmbeddedMongoBinary(): string {
  if (embeddedMongoBinaryIsBuilt()) return binary;
  const wanted = sourceHash();
  mkdirSync(cacheDir, { recursive: true });
  preparePatchedModule();
  run('go', ['build', '-buildvcs=false', `-modfile=${join(cacheDir, 'go.patched.mod')}`, '-o', binary, '.'], sourceDir, `go build in ${sourceDir}`);
  writeFileSync(stamp, wanted);
  return binary;
}
