/**
 * `npm run bench`: one run, every throughput figure the README quotes. Writes the report as JSON
 * (`bench/results.json`, or `--out FILE`) and prints it as markdown (also `bench/results.md`).
 *
 *   npm run bench                 full run (several minutes)
 *   npm run bench -- --quick      short run: fewer requests, smaller broadcasts, for CI-like checks
 *   npm run bench -- --only broadcast,anthro
 *
 * Sections: inbound (bare Fastify and the bot at several concurrencies), commands (MongoDB and
 * Redis commands per message), rounds (five rounds at one concurrency: does it slow down?),
 * broadcast (10,000 recipients into the send queue; delivery at 40/s and 200/s), anthro, chart,
 * heap (per idle session). Not a test: figures depend on the machine and on what else runs on it.
 * Uses MONGODB_URI when set, else the embedded server; REDIS_URL or the local Redis.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { loadEnv, type Env } from '../src/config/env.js';
import { startEmbeddedMongo } from '../src/main/embedded-mongo.js';
import { benchAnthroCommand } from './bench/anthro.js';
import { benchBroadcastDelivery, benchBroadcastEnqueue } from './bench/broadcast.js';
import { benchChart } from './bench/chart.js';
import { benchCommands, benchHeap, benchLevels, benchRounds, startBot } from './bench/inbound.js';
import { toMarkdown, type BenchReport } from './bench/report.js';

const SECTIONS = ['inbound', 'commands', 'rounds', 'broadcast', 'anthro', 'chart', 'heap'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string', default: 'bench/results.json' }, only: { type: 'string' } } });
const quick = values.quick;
const only = new Set((values.only?.split(',') ?? SECTIONS) as Section[]);
const plan = quick
  ? { levels: [1, 8], requests: 60, rounds: 5, roundRequests: 40, roundConcurrency: 4, commandMessages: 20, recipients: 2000, delivery: [{ perSecond: 40, recipients: 200 }, { perSecond: 200, recipients: 1000 }], anthroRows: 20_000, charts: 20, sessions: 50 }
  : { levels: [1, 4, 8, 16, 32], requests: 100, rounds: 5, roundRequests: 100, roundConcurrency: 4, commandMessages: 50, recipients: 10_000, delivery: [{ perSecond: 40, recipients: 1000 }, { perSecond: 200, recipients: 5000 }], anthroRows: 100_000, charts: 100, sessions: 200 };

const tag = `bench_${Date.now().toString(36)}`;
const dataDir = process.env.MONGODB_URI ? undefined : mkdtempSync(join(tmpdir(), 'posyandu-bench-'));
const embedded = dataDir ? await startEmbeddedMongo({ dataDir }) : undefined;
// Command monitoring is decided per pooled connection when it opens: it must be on from the start.
const mongoUri = withMonitoring(process.env.MONGODB_URI ?? embedded!.uri);
/** Each part gets its own database and key prefix: a broadcast's 10,000 contacts do not slow the inbound figures. */
const envFor = (part: string, overrides: Record<string, string> = {}): Env =>
  loadEnv({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', MONGODB_DB: `${tag}_${part}`, QUEUE_PREFIX: `{${tag}_${part}}`, INBOUND_CONCURRENCY: process.env.INBOUND_CONCURRENCY ?? '32', ...overrides });

const report: BenchReport = {
  startedAt: new Date().toISOString(),
  quick,
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: totalmem() / 2 ** 30, node: process.version, platform: `${platform()} ${release()}`, loadAverage: loadavg()[0]!, mongo: process.env.MONGODB_URI ? 'MONGODB_URI' : 'embedded FerretDB/SQLite (patched: _id lookups use the index)' },
  levels: [],
  commands: null,
  rounds: null,
  broadcast: { enqueue: null, delivery: [] },
  anthro: null,
  chart: null,
  heap: null,
};
const step = (what: string) => console.error(`bench: ${what}…`);
const used: Env[] = [];

try {
  if (only.has('inbound') || only.has('commands') || only.has('rounds') || only.has('heap')) {
    const env = envFor('inbound');
    used.push(env);
    const bot = await startBot(env, mongoUri, Math.max(...plan.levels, plan.roundConcurrency));
    try {
      if (only.has('commands')) {
        step('commands per message');
        report.commands = await benchCommands(bot, env, plan.commandMessages);
      }
      if (only.has('inbound')) {
        step(`inbound at ${plan.levels.join(', ')}`);
        report.levels = await benchLevels(bot, plan.levels, plan.requests);
      }
      if (only.has('rounds')) {
        step(`${plan.rounds} rounds at ${plan.roundConcurrency}`);
        report.rounds = await benchRounds(bot, plan.roundConcurrency, plan.rounds, plan.roundRequests);
      }
      if (only.has('heap')) {
        step('heap per idle session');
        report.heap = await benchHeap(bot, 100_000, plan.sessions);
      }
    } finally {
      await bot.close();
    }
  }
  if (only.has('broadcast')) {
    step(`broadcast of ${plan.recipients} into the send queue`);
    const batch = { BROADCAST_BATCH_SIZE: '1000', BROADCAST_MAX_BACKLOG: '1000000', BROADCAST_CHECK_MS: '600000' };
    const enqueueEnv = envFor('bc', batch);
    used.push(enqueueEnv);
    report.broadcast.enqueue = await benchBroadcastEnqueue(enqueueEnv, mongoUri, plan.recipients);
    for (const { perSecond, recipients } of plan.delivery) {
      step(`broadcast delivery at ${perSecond}/s`);
      const env = envFor(`bd${perSecond}`, batch);
      used.push(env);
      report.broadcast.delivery.push(await benchBroadcastDelivery(env, mongoUri, recipients, perSecond));
    }
  }
  if (only.has('anthro')) {
    step(`anthro on ${plan.anthroRows} rows`);
    report.anthro = benchAnthroCommand(plan.anthroRows);
  }
  if (only.has('chart')) {
    step('growth charts');
    report.chart = benchChart(plan.charts);
  }
} finally {
  // Workers are closed by now: dropping a database under running workers corrupted FerretDB's SQLite files.
  await cleanUp(used);
  await embedded?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
const markdown = toMarkdown(report);
writeFileSync(values.out.replace(/\.json$/, '') + '.md', markdown);
console.log(markdown);

function withMonitoring(uri: string): string {
  const url = new URL(uri);
  url.searchParams.set('monitorCommands', 'true');
  return url.toString();
}

/** Drops the bench's databases and deletes its Redis keys. */
async function cleanUp(envs: readonly Env[]): Promise<void> {
  if (!envs.length) return;
  const client = await new mongoose.mongo.MongoClient(mongoUri).connect();
  const redis = new Redis(envs[0]!.REDIS_URL);
  try {
    for (const env of envs) {
      await client.db(env.MONGODB_DB).dropDatabase();
      for (let cursor = '0', first = true; first || cursor !== '0'; first = false) {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `*${env.QUEUE_PREFIX}*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.unlink(...keys);
      }
    }
  } finally {
    await client.close();
    redis.disconnect();
  }
}
