import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureEmbeddedMongoBinary } from './embedded-mongo-build.js';

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
  /** SIGTERM by default; tests pass SIGKILL to take the server away as a crash would. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `address` (host:port) binds a fixed port, so a restarted server is found where clients look; a free one otherwise. */
export async function startEmbeddedMongo(options: { dataDir: string; address?: string }): Promise<EmbeddedMongo> {
  const path = ensureEmbeddedMongoBinary();
  mkdirSync(options.dataDir, { recursive: true });
  // stdin stays a pipe: the server exits when this process dies and the pipe closes.
  const child: ChildProcess = spawn(path, ['-dir', resolve(options.dataDir), '-watch-stdin', ...(options.address ? ['-addr', options.address] : [])], {
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
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
}
