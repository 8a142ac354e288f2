import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../src/main/embedded-mongo.js';
import { SECRET, TOKEN, postUpdate, textUpdate } from '../channels/telegram/telegram-bot.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { recordTelegramSends, type SentBody } from '../helpers/telegram-sends.js';
import { freePort } from '../helpers/redis-server.js';
import { until } from '../helpers/until.js';

const API = 'http://bot-api.telegram.test';
const CHATS = Array.from({ length: 10 }, (_, i) => 7200 + i);

describe('the MongoDB-wire server killed (kill -9) and restarted under load', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'posyandu-test-mongo-restart-'));
  let address: string;
  let mongo: EmbeddedMongo;
  let bot: TestBot;
  let sent: SentBody[] = [];

  beforeAll(async () => {
    sent = recordTelegramSends(API, TOKEN);
    // A server of the test's own (never the shared one), on a fixed port so the restarted one is found.
    address = `127.0.0.1:${await freePort()}`;
    mongo = await startEmbeddedMongo({ dataDir, address });
    bot = await startTestBot({ mongoUri: mongo.uri, env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API, TELEGRAM_CHAT_INTERVAL_MS: '0' } });
  });
  afterAll(async () => {
    await bot.close();
    await mongo.stop();
    rmSync(dataDir, { recursive: true, force: true });
    nock.cleanAll();
  });

  const ready = async () => bot.app.inject({ method: 'GET', url: '/readyz' });

  it('answers 503 while it is away, reconnects by itself, and answers every update exactly once', async () => {
    const beforeKill = Array.from({ length: 30 }, (_, i) => textUpdate(CHATS[i % CHATS.length]!, '/bantuan'));
    const inFlight = beforeKill.map((update) => postUpdate(bot, update));
    await mongo.stop('SIGKILL');

    const whileDown = CHATS.map((chat) => textUpdate(chat, '/bantuan'));
    const downAnswers = await Promise.all(whileDown.map((update) => postUpdate(bot, update)));
    expect(downAnswers.map((r) => r.statusCode)).toEqual(whileDown.map(() => 503));
    const down = await ready();
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ status: 'unavailable', checks: { mongodb: false, redis: true }, reasons: ['mongodb does not answer'] });

    mongo = await startEmbeddedMongo({ dataDir, address });
    await expect.poll(async () => (await ready()).statusCode, { timeout: 60_000, interval: 500 }).toBe(200);

    // Recorded before the server went (200) or refused (503); never a 500, never a 200 for what was not recorded.
    const inFlightAnswers = await Promise.all(inFlight);
    for (const res of inFlightAnswers) expect([200, 503]).toContain(res.statusCode);
    // Telegram delivers again whatever was not answered 200.
    const refused: Update[] = [...beforeKill.filter((_, i) => inFlightAnswers[i]!.statusCode !== 200), ...whileDown];
    for (const update of refused) expect((await postUpdate(bot, update)).statusCode).toBe(200);

    const all = [...beforeKill, ...whileDown];
    const { messages } = bot.container.deps;
    const settled = async <T>(what: string, probe: () => Promise<T | undefined>) => expect.poll(probe, { timeout: 90_000, interval: 250, message: what }).toBeDefined();
    for (const update of all) {
      const id = `telegram:${update.update_id}`;
      await settled(`${id} processed`, async () => ((await messages.getInbound(id))?.status === 'processed' ? true : undefined));
      const replies = await messages.repliesTo(id);
      expect(replies, id).toHaveLength(1);
      await settled(`the reply to ${id} sent`, async () => ((await messages.getOutbound(replies[0]!._id))?.status === 'sent' ? true : undefined));
    }
    for (const chat of CHATS) {
      const expected = all.filter((u) => u.message?.chat.id === chat).length;
      expect(sent.filter((body) => String(body.chat_id) === String(chat)), `chat ${chat}`).toHaveLength(expected);
    }
    await until('nothing left', async () => ((await bot.container.inboundQueue.queue.getJobCounts('waiting', 'active', 'delayed')).waiting === 0 ? true : undefined));
  }, 240_000);
});
