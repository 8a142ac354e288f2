import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../src/main/embedded-mongo.js';
import { SECRET, TOKEN, postUpdate, textUpdate } from '../channels/telegram/telegram-bot.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { recordTelegramSends, type SentBody } from '../helpers/telegram-sends.js';
import { freePort } from '../helpers/redis-server.js';
import { until } from '../helpers/until.js';
import { expectEachAnsweredOnce } from './answered-once.js';

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

    // In flight: recorded before the outage (200) or refused (503), never a 500; none lost, none twice.
    await expectEachAnsweredOnce(bot, { beforeOutage: beforeKill, inFlight, duringOutage: whileDown, chats: CHATS, sent, timeoutMs: 90_000 });
    await until('nothing left', async () => ((await bot.container.inbox.ready.depth()).waiting === 0 ? true : undefined));
  }, 240_000);
});
