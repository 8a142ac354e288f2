import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * A MongoDB-wire server for machines without MongoDB: FerretDB v1 (SQLite backend) embedded in the
 * small Go program under `test/mongo-server`. Used by the test setup and by `npm run demo` when
 * `MONGODB_URI` is not set. Production runs real MongoDB.
 *
 * @example
 * const server = await startEmbeddedMongo({ dataDir: '.cache/demo-data' });
 * console.log(server.uri); // mongodb://127.0.0.1:41235/
 * await server.stop();
 */
export interface EmbeddedMongo {
  readonly uri: string;
  stop(): Promise<void>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sourceDir = join(root, 'test/mongo-server');
const cacheDir = join(root, '.cache');
const binary = join(cacheDir, 'posyandu-mongo');
const stamp = join(cacheDir, 'posyandu-mongo.hash');

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of ['main.go', 'go.mod', 'go.sum']) hash.update(readFileSync(join(sourceDir, file)));
  return hash.digest('hex');
}

/** Whether the Go wrapper is built for the current source, so starting it takes a second, not a build. */
export function embeddedMongoBinaryIsBuilt(): boolean {
  return existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash();
}

/** Builds the Go wrapper once per source change; later calls return at once. */
export function ensureEmbeddedMongoBinary(): string {
  if (embeddedMongoBinaryIsBuilt()) return binary;
  const wanted = sourceHash();
  mkdirSync(cacheDir, { recursive: true });
  const result = spawnSync('go', ['build', '-buildvcs=false', '-o', binary, '.'], {
    cwd: sourceDir,
    env: { ...process.env, CGO_ENABLED: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error || result.status !== 0) {
    throw new Error(
      `Could not build the embedded MongoDB-wire server (go build in ${sourceDir}). ` +
        'Install Go 1.24+ with access to the module proxy, or set MONGODB_URI to a running MongoDB.',
    );
  }
  writeFileSync(stamp, wanted);
  return binary;
}

export async function startEmbeddedMongo(options: { dataDir: string }): Promise<EmbeddedMongo> {
  const path = ensureEmbeddedMongoBinary();
  mkdirSync(options.dataDir, { recursive: true });
  // stdin stays a pipe: the server exits when this process dies and the pipe closes.
  const child: ChildProcess = spawn(path, ['-dir', resolve(options.dataDir), '-watch-stdin'], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const uri = await new Promise<string>((resolveUri, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('The embedded MongoDB-wire server did not start within 20 s.')), 20_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolveUri(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The embedded MongoDB-wire server exited with code ${code}.`));
    });
  });
  return {
    uri,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
