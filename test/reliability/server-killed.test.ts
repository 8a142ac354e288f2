import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECRET, TOKEN, postUpdate, textUpdate } from '../channels/telegram/telegram-bot.js';
import { isolatedNames, startTestBot, type TestBot } from '../helpers/services.js';
import { recordTelegramSends, type SentBody } from '../helpers/telegram-sends.js';
import { startRedisServer } from '../helpers/redis-server.js';
import { until } from '../helpers/until.js';

const API = 'http://bot-api.telegram.test';
const CHAT = 7400;

/** The production server entry in a process of its own, so that it can be killed for real. */
async function startServerProcess(env: Record<string, string>): Promise<{ child: ChildProcess; address: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/server.ts'], { env: { ...process.env, ...env, LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'ignore'] });
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start')), 45_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return { child, address };
}

describe('a server killed (kill -9) after recording an update and before queueing it', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let bot: TestBot;
  const { db, prefix } = isolatedNames();
  const env = { MONGODB_DB: db, QUEUE_PREFIX: prefix, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API, TELEGRAM_CHAT_INTERVAL_MS: '0' };
  let sent: SentBody[] = [];

  beforeAll(async () => {
    sent = recordTelegramSends(API, TOKEN);
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await bot?.close();
    await redis.stop();
    nock.cleanAll();
  });

  it('answers the update when Telegram delivers it again to another instance', async () => {
    // Two instances on one database and one Redis: a server process, and this one that survives it.
    bot = await startTestBot({ env: { ...env, REDIS_URL: redis.url }, workers: false });
    const server = await startServerProcess({ ...env, NODE_ENV: 'test', MONGODB_URI: inject('mongoUri'), REDIS_URL: redis.url });
    const update = textUpdate(CHAT, '/bantuan');
    const id = `telegram:${update.update_id}`;
    // Redis stops answering (SIGSTOP): the update is recorded in MongoDB, its queueing waits for Redis.
    redis.pause();
    const first = fetch(`${server.address}/webhooks/telegram/123456789`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET }, body: JSON.stringify(update) }).catch(() => 'no answer');
    await until('the update recorded', async () => ((await bot.container.deps.messages.getInbound(id))?.status === 'queued' ? true : undefined));
    server.child.kill('SIGKILL');
    expect(await first).toBe('no answer');
    redis.resume();

    // Telegram got no 200, so it delivers the update again, here to the other instance.
    bot.container.startWorkers();
    expect((await postUpdate(bot, update)).statusCode).toBe(200);
    await expect.poll(async () => (await bot.container.deps.messages.getInbound(id))?.status, { timeout: 20_000 }).toBe('processed');
    const replies = await bot.container.deps.messages.repliesTo(id);
    expect(replies).toHaveLength(1);
    await expect.poll(async () => (await bot.container.deps.messages.getOutbound(replies[0]!._id))?.status, { timeout: 20_000 }).toBe('sent');
    // The second copy in the contact's inbox is drained too, and skipped: nothing left, nothing sent twice.
    await until('the inbox drained', async () => ((await bot.container.inbox.length(bot.container.inboundQueue.inboxId(`telegram:${CHAT}`))) === 0 ? true : undefined));
    // Nothing waiting, running or put off.
    await until('the queue idle', async () => (Object.values(await bot.container.inbox.ready.depth()).every((n) => n === 0) ? true : undefined));
    expect(sent.filter((b) => String(b.chat_id) === String(CHAT))).toHaveLength(1);
  }, 120_000);
});
