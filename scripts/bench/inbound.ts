/**
 * The inbound path end to end (simulator HTTP → queue → engine → session saved → reply) over a real
 * socket, beside a bare Fastify route in the same run as the ceiling; commands per message; rounds
 * at one concurrency (does it slow down as history grows?); heap per idle session.
 */
import Fastify from 'fastify';
import type { Env } from '../../src/config/env.js';
import { createContainer, type Container } from '../../src/main/container.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { addressKeysOf, sealOf } from '../../src/store/sealed-fields.js';
import { sortTally, startCommandCounter, total } from './command-counter.js';
import { drive } from './drive.js';
import type { BenchReport, CommandCounts, HeapResult, LevelPair, LoadResult } from './report.js';

const phoneOf = (user: number) => `+62812900${String(user).padStart(5, '0')}`;

export interface BotUnderTest {
  container: Container;
  /** One message from `user` (a registered parent); resolves when the reply is there. */
  message(user: number, n: number): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Registered parents `from`..`from + count - 1`, each with an address, so every message runs a real turn. */
async function addParents(container: Container, from: number, count: number): Promise<void> {
  const now = new Date();
  const ids = Array.from({ length: count }, (_, i) => from + i);
  await container.models.contacts.insertMany(
    ids.map((i) => ({ _id: `bench-${i}`, phone: phoneOf(i), lang: 'id', role: 'parent', consentAt: now, consentVersion: 1, posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '03', lastChannel: 'simulator', lastAddress: phoneOf(i) })),
  );
  // Address documents are keyed by the address's lookup key (never the number itself).
  const seal = sealOf(container.models.connection);
  await container.models.addresses.insertMany(ids.map((i) => ({ _id: addressKeysOf(seal, 'simulator', phoneOf(i))[0]!, contactId: `bench-${i}`, channel: 'simulator', address: phoneOf(i) })));
}

export async function startBot(env: Env, mongoUri: string, users: number): Promise<BotUnderTest> {
  const container = await createContainer({ env, mongoUri });
  await seedDemo(container.models, new Date());
  await addParents(container, 0, users);
  container.startWorkers();
  const app = await container.http();
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const bare = Fastify();
  bare.get('/ping', async () => ({ ok: true }));
  const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });
  return {
    container,
    async message(user, n) {
      const res = await fetch(`${base}/api/simulator/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ from: phoneOf(user), text: n % 2 === 0 ? 'menu' : '1' }),
      });
      if (res.status !== 200) throw new Error(`simulator answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    },
    async ping() {
      const res = await fetch(`${bareBase}/ping`);
      await res.arrayBuffer();
    },
    async close() {
      await bare.close();
      await container.close();
    },
  };
}

/** Bare Fastify, then the bot, at each concurrency. */
export async function benchLevels(bot: BotUnderTest, levels: readonly number[], requests: number): Promise<LevelPair[]> {
  const pairs: LevelPair[] = [];
  for (const concurrency of levels) {
    const bare = await drive(concurrency, requests, () => bot.ping());
    const botResult = await drive(concurrency, requests, (user, n) => bot.message(user, n));
    pairs.push({ concurrency, bare, bot: botResult, ratio: botResult.perSecond / bare.perSecond });
  }
  return pairs;
}

/** `rounds` rounds of `requests` messages at one concurrency, one after another. */
export async function benchRounds(bot: BotUnderTest, concurrency: number, rounds: number, requests: number): Promise<NonNullable<BenchReport['rounds']>> {
  const results: LoadResult[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < rounds; i++) results.push(await drive(concurrency, requests, (user, n) => bot.message(user, n)));
  const used = process.cpuUsage(cpu);
  // Server, workers and the load generator share this process: an upper bound on a worker's cost.
  return { concurrency, results, lastOverFirst: results[results.length - 1]!.perSecond / results[0]!.perSecond, cpuMsPerMessage: (used.user + used.system) / 1000 / (rounds * requests) };
}

/**
 * Commands sent while `messages` messages go through one at a time (each gets its reply before the
 * next), less the background (workers' blocking polls, sweeps) counted over as long a quiet time
 * just before: on a slow machine the background would otherwise look like per-message cost.
 */
export async function benchCommands(bot: BotUnderTest, env: Env, messages: number): Promise<CommandCounts> {
  const { container } = bot;
  const counter = (): ReturnType<typeof startCommandCounter> =>
    startCommandCounter({ mongo: container.models.connection.getClient(), dbName: env.MONGODB_DB, redisUrl: env.REDIS_URL, keyPrefix: env.QUEUE_PREFIX });
  const outboundBefore = await container.models.outbound.estimatedDocumentCount();
  const busy = await counter();
  const started = performance.now();
  for (let n = 0; n < messages; n++) await bot.message(0, n);
  // The last reply's send finishes after the simulator answered.
  await new Promise((r) => setTimeout(r, 500));
  const busyTally = await busy.stop();
  const busyMs = performance.now() - started;
  const replies = (await container.models.outbound.estimatedDocumentCount()) - outboundBefore;
  const quiet = await counter();
  await new Promise((r) => setTimeout(r, busyMs));
  const quietTally = await quiet.stop();
  const net = (t: Record<string, number>, background: Record<string, number>) =>
    sortTally(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.max(0, v - (background[k] ?? 0)) / messages]).filter(([, v]) => (v as number) > 0)));
  const mongo = net(busyTally.mongo, quietTally.mongo);
  const redis = net(busyTally.redis, quietTally.redis);
  return {
    messages,
    repliesPerMessage: replies / messages,
    mongoPerMessage: total(mongo),
    redisPerMessage: total(redis),
    mongoByCommand: mongo,
    redisByCommand: redis,
    backgroundPerSecond: { mongo: total(quietTally.mongo) / (busyMs / 1000), redis: total(quietTally.redis) / (busyMs / 1000) },
  };
}

/**
 * Heap growth per session left idle: `sessions` new parents send one message each (a session is
 * open after it), then the heap is measured after a full GC, before and after. Needs `--expose-gc`.
 */
export async function benchHeap(bot: BotUnderTest, firstUser: number, sessions: number): Promise<HeapResult | null> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  await addParents(bot.container, firstUser, sessions);
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 300));
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const before = await settle();
  await drive(8, sessions, (_caller, n) => bot.message(firstUser + n, 0));
  const after = await settle();
  return { sessions, bytesPerSession: (after - before) / sessions };
}
