import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, inject, it } from 'vitest';
import { isolatedNames } from '../helpers/services.js';

describe('the server process', () => {
  it('serves /readyz, then on SIGTERM stops accepting, drains and exits 0', async () => {
    const { db, prefix } = isolatedNames();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/server.ts'], {
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', MONGODB_URI: inject('mongoUri'), REDIS_URL: inject('redisUrl'), MONGODB_DB: db, QUEUE_PREFIX: prefix },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const messages: string[] = [];
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line; got: ${messages.join(' | ')}`)), 30_000);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const msg = (() => {
          try {
            return String((JSON.parse(line) as { msg?: string }).msg ?? '');
          } catch {
            return line;
          }
        })();
        messages.push(msg);
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(msg);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${messages.join(' | ')}`)));
    });
    const ready = await fetch(`${address}/readyz`);
    expect(ready.status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(messages.some((m) => m.includes('shutting down'))).toBe(true);
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
  });
});
