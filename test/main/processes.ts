import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface Process {
  child: ChildProcess;
  /** The server's address (servers only). */
  address?: string;
  stop(): Promise<void>;
}

/**
 * Starts `src/main/server.ts` or `src/main/worker.ts` as its own process on the given database and
 * queue prefix, as production runs them; a server resolves once it listens.
 *
 * @example
 * const server = await startProcess('server', { MONGODB_URI: uri, REDIS_URL: url, MONGODB_DB: db, QUEUE_PREFIX: prefix });
 */
export async function startProcess(role: 'server' | 'worker', env: Record<string, string>): Promise<Process> {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/main/${role}.ts`], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const lines = createInterface({ input: child.stdout! });
  // Warnings and errors of the process (pino levels 40 and up) are the test's to show.
  lines.on('line', (line) => {
    if (/"level":(4|5|6)0/.test(line)) process.stderr.write(`[${role}] ${line}\n`);
  });
  if (role === 'worker') return { child, stop };
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not listen within 60 s')), 60_000);
    lines.on('line', (line) => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening`)));
  });
  return { child, address, stop };
}
