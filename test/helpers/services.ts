import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { loadEnv, type Env } from '../../src/config/env.js';
import { createContainer, type Container } from '../../src/main/container.js';
import { DataSeal } from '../../src/store/data-seal.js';
import { fixedClock, type Clock } from '../../src/shared/clock.js';
import { seededRandom, sequentialIds } from '../../src/shared/ids.js';
import { createLogger, type Logger } from '../../src/shared/logger.js';

/** The data key tests use (the development default), for models built without a container. */
export function testSeal(): DataSeal {
  const env = loadEnv({});
  return DataSeal.fromSecrets(env.DATA_KEY, env.DATA_KEY_PREVIOUS);
}

/** A database and queue prefix of its own for each test file, so files run in parallel. */
export function isolatedNames(): { db: string; prefix: string } {
  const tag = randomUUID().replace(/-/g, '').slice(0, 12);
  return { db: `t_${tag}`, prefix: `t_${tag}` };
}

export function testEnv(overrides: Record<string, string> = {}): Env {
  const { db, prefix } = isolatedNames();
  return loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REDIS_URL: inject('redisUrl'),
    MONGODB_DB: db,
    QUEUE_PREFIX: prefix,
    ...overrides,
  });
}

export interface TestBot {
  container: Container;
  app: FastifyInstance;
  clock: Clock;
  send(from: string, text: string, id?: string, attachment?: 'photo' | 'document'): Promise<Reply[]>;
  /** Taps a choice of an earlier reply, as a platform button would: its number plus the reply's question. */
  tap(from: string, reply: Reply, label: string, id?: string): Promise<Reply[]>;
  history(from: string): Promise<Reply[]>;
  close(): Promise<void>;
}

export interface Reply {
  text: string;
  choices?: Array<{ id: string; label: string }>;
  /** The question id the choices' buttons carry. */
  question?: string;
  image?: string;
}

/**
 * The whole bot on real services: MongoDB-wire server, Redis, BullMQ workers, Fastify via inject().
 *
 * @example
 * const bot = await startTestBot();
 * const replies = await bot.send('+628111000009', 'halo');
 */
export async function startTestBot(options: { env?: Record<string, string>; clock?: Clock; workers?: boolean; seed?: (c: Container) => Promise<void>; mongoUri?: string; log?: Logger; monitorCommands?: boolean } = {}): Promise<TestBot> {
  const env = testEnv(options.env);
  const mongoUri = options.mongoUri ?? inject('mongoUri');
  const clock = options.clock ?? fixedClock(new Date('2026-03-09T02:00:00Z'));
  const container = await createContainer({ env, mongoUri, clock, ids: sequentialIds(), random: seededRandom(7), log: options.log ?? createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), monitorCommands: options.monitorCommands ?? false });
  await options.seed?.(container);
  if (options.workers !== false) container.startWorkers();
  const app = await container.http();
  const post = async (payload: Record<string, string>): Promise<Reply[]> => {
    const res = await app.inject({ method: 'POST', url: '/api/simulator/messages', payload });
    if (res.statusCode !== 200) throw new Error(`simulator answered ${res.statusCode}: ${res.body}`);
    return (res.json() as { replies: Reply[] }).replies;
  };
  return {
    container,
    app,
    clock,
    async send(from, text, id, attachment) {
      return post({ from, text, ...(id ? { id } : {}), ...(attachment ? { attachment } : {}) });
    },
    async tap(from, reply, label, id) {
      const index = reply.choices?.findIndex((c) => c.label === label) ?? -1;
      if (index < 0) throw new Error(`no choice "${label}" in the reply "${reply.text}"`);
      return post({ from, text: String(index + 1), ...(reply.question ? { question: reply.question } : {}), ...(id ? { id } : {}) });
    },
    async history(from) {
      const res = await app.inject({ method: 'GET', url: `/api/simulator/contacts/${encodeURIComponent(from)}/messages` });
      return (res.json() as { messages: Reply[] }).messages;
    },
    async close() {
      await container.close();
      await dropDatabase(env, mongoUri);
    },
  };
}

async function dropDatabase(env: Env, mongoUri: string): Promise<void> {
  const { connectMongo } = await import('../../src/store/connect.js');
  const connection = await connectMongo(mongoUri, env.MONGODB_DB);
  await connection.dropDatabase();
  await connection.close();
}
