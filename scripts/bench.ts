/**
 * `npm run bench`: drives the inbound path (simulator HTTP → queue → engine → session saved → reply)
 * over a real socket at rising concurrency, and a bare Fastify route in the same run as the ceiling.
 * Prints throughput and p50/p99 latency. Not a test: a figure for README and later work.
 * Uses MONGODB_URI when set, else the embedded server; REDIS_URL or the local Redis.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import mongoose from 'mongoose';
import { loadEnv } from '../src/config/env.js';
import { createContainer } from '../src/main/container.js';
import { startEmbeddedMongo } from '../src/main/embedded-mongo.js';
import { seedDemo } from '../src/main/seed-demo.js';
import { addressKeysOf, sealOf } from '../src/store/sealed-fields.js';

const LEVELS = (process.env.BENCH_LEVELS ?? '1,4,16,32').split(',').map(Number);
const REQUESTS_PER_LEVEL = Number(process.env.BENCH_REQUESTS ?? 300);

interface Result {
  level: number;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function drive(level: number, total: number, call: (user: number, n: number) => Promise<void>): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: level }, async (_, user) => {
      for (let n = next++; n < total; n = next++) {
        const t0 = performance.now();
        try {
          await call(user, n);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { level, requests: total, errors, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const row = (name: string, r: Result) =>
  `${name.padEnd(22)} ${String(r.level).padStart(5)} ${String(r.requests).padStart(8)} ${(r.requests / r.seconds).toFixed(1).padStart(10)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(9)} ${String(r.errors).padStart(6)}`;

const tag = `bench_${Date.now().toString(36)}`;
const env = loadEnv({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', MONGODB_DB: tag, QUEUE_PREFIX: tag, INBOUND_CONCURRENCY: process.env.INBOUND_CONCURRENCY ?? '32' });
const dataDir = env.MONGODB_URI ? undefined : mkdtempSync(join(tmpdir(), 'posyandu-bench-'));
const embedded = dataDir ? await startEmbeddedMongo({ dataDir }) : undefined;
const container = await createContainer({ env, mongoUri: env.MONGODB_URI ?? embedded!.uri });
await seedDemo(container.models, new Date());
// Registered parents, one per virtual user, so every request runs a real engine turn on a real session.
const users = Math.max(...LEVELS);
const now = new Date();
await container.models.contacts.insertMany(
  Array.from({ length: users }, (_, i) => ({ _id: `bench-${i}`, phone: `+62812900${String(i).padStart(5, '0')}`, lang: 'id', role: 'parent', consentAt: now, consentVersion: 1, posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '03', lastChannel: 'simulator', lastAddress: `+62812900${String(i).padStart(5, '0')}` })),
);
// Address documents are keyed by the address's lookup key (never the number itself).
const seal = sealOf(container.models.connection);
await container.models.addresses.insertMany(Array.from({ length: users }, (_, i) => ({ _id: addressKeysOf(seal, 'simulator', `+62812900${String(i).padStart(5, '0')}`)[0]!, contactId: `bench-${i}`, channel: 'simulator', address: `+62812900${String(i).padStart(5, '0')}` })));
container.startWorkers();
const app = await container.http();
const base = await app.listen({ host: '127.0.0.1', port: 0 });

const bare = Fastify();
bare.get('/ping', async () => ({ ok: true }));
const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });

console.log(`Posyandu Bot inbound benchmark (${REQUESTS_PER_LEVEL} requests per level; node ${process.version}; MongoDB: ${env.MONGODB_URI ? 'MONGODB_URI' : 'embedded FerretDB/SQLite'})`);
console.log(`${'path'.padEnd(22)} ${'conc.'.padStart(5)} ${'requests'.padStart(8)} ${'req/s'.padStart(10)} ${'p50 ms'.padStart(9)} ${'p99 ms'.padStart(9)} ${'errors'.padStart(6)}`);
for (const level of LEVELS) {
  const ceiling = await drive(level, REQUESTS_PER_LEVEL, async () => {
    const res = await fetch(`${bareBase}/ping`);
    await res.arrayBuffer();
  });
  console.log(row('bare Fastify (ceiling)', ceiling));
  const inbound = await drive(level, REQUESTS_PER_LEVEL, async (user, n) => {
    const res = await fetch(`${base}/api/simulator/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: `+62812900${String(user).padStart(5, '0')}`, text: n % 2 === 0 ? 'menu' : '1' }),
    });
    if (res.status !== 200) throw new Error(`simulator answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  });
  console.log(row('simulator → reply', inbound));
}

await bare.close();
// Workers first: dropping the database under running workers corrupted FerretDB's SQLite files.
await container.close();
if (env.MONGODB_URI) await dropBenchDatabase(env.MONGODB_URI, tag);
await embedded?.stop();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

async function dropBenchDatabase(uri: string, name: string): Promise<void> {
  const client = await new mongoose.mongo.MongoClient(uri).connect();
  await client.db(name).dropDatabase();
  await client.close();
}
