import { Writable } from 'node:stream';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../src/main/container.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { fixedClock } from '../../src/shared/clock.js';
import { sequentialIds, seededRandom } from '../../src/shared/ids.js';
import { createLogger } from '../../src/shared/logger.js';
import { testEnv } from '../helpers/services.js';

describe('logs under UU PDP', () => {
  const lines: string[] = [];
  let container: Container;
  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const clock = fixedClock(new Date('2026-03-09T02:00:00Z'));
    container = await createContainer({ env: testEnv(), mongoUri: inject('mongoUri'), clock, ids: sequentialIds(), random: seededRandom(1), log: createLogger({ level: 'trace', destination: sink }) });
    await seedDemo(container.models, clock.now());
    container.startWorkers();
  });
  afterAll(async () => {
    await container.models.connection.dropDatabase();
    await container.close();
  });

  it('never carries a phone number, a child name or a message text, whatever the level', async () => {
    const app = await container.http();
    const say = (from: string, text: string) => app.inject({ method: 'POST', url: '/api/simulator/messages', payload: { from, text } });
    for (const text of ['halo', '1', 'ya', '1', '3', '1', 'Rahasia Kecil', 'perempuan', '12-03-2024', 'tidak']) {
      expect((await say('+628111000077', text)).statusCode).toBe(200);
    }
    await app.inject({ method: 'GET', url: '/api/simulator/contacts/+628111000077/messages' });
    await say('+628111000001', 'anak saya');
    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    for (const secret of ['628111000077', '8111000077', '628111000001', 'Rahasia Kecil', 'Budi', 'Sari', '12-03-2024']) {
      expect(log, secret).not.toContain(secret);
    }
  });
});

describe('maskDigits', () => {
  it.each([
    ['/api/simulator/contacts/+628111000077/messages', '/api/simulator/contacts/[redacted]/messages'],
    ['/api/simulator/contacts/%2B628111000077/messages', '/api/simulator/contacts/[redacted]/messages'],
    ['E11000 duplicate key { _id: "telegram:123456789" }', 'E11000 duplicate key { _id: "telegram:[redacted]" }'],
    ['/healthz', '/healthz'],
    ['RW 05, 2026', 'RW 05, 2026'],
  ])('%s', async (input, output) => {
    const { maskDigits } = await import('../../src/shared/logger.js');
    expect(maskDigits(input)).toBe(output);
  });
});
