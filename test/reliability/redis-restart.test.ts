import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET, TOKEN, postUpdate, textUpdate } from '../channels/telegram/telegram-bot.js';
import { startTestBot, type TestBot } from '../helpers/services.js';
import { recordTelegramSends, type SentBody } from '../helpers/telegram-sends.js';
import { startRedisServer } from '../helpers/redis-server.js';
import { until } from '../helpers/until.js';
import { expectEachAnsweredOnce } from './answered-once.js';

const API = 'http://bot-api.telegram.test';
const CHATS = Array.from({ length: 10 }, (_, i) => 7100 + i);

describe('Redis killed (kill -9) and restarted under load', () => {
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let bot: TestBot;
  let sent: SentBody[] = [];

  beforeAll(async () => {
    sent = recordTelegramSends(API, TOKEN);
    redis = await startRedisServer();
    bot = await startTestBot({ env: { REDIS_URL: redis.url, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: API, TELEGRAM_CHAT_INTERVAL_MS: '0' } });
  });
  afterAll(async () => {
    await bot.close();
    await redis.stop();
    nock.cleanAll();
  });

  const ready = async () => bot.app.inject({ method: 'GET', url: '/readyz' });

  it('answers 503 while Redis is away, reconnects by itself, and answers every update exactly once', async () => {
    // Load: 30 updates (BANTUAN answers with exactly one message) in flight when Redis dies.
    const beforeKill = Array.from({ length: 30 }, (_, i) => textUpdate(CHATS[i % CHATS.length]!, '/bantuan'));
    const inFlight = beforeKill.map((update) => postUpdate(bot, update));
    await redis.kill();
    await until('the bot to notice Redis is gone', async () => (bot.container.redis.status === 'ready' ? undefined : true));

    const down = await ready();
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ status: 'unavailable', checks: { redis: false, mongodb: true }, reasons: ['redis does not answer'] });

    const whileDown = CHATS.map((chat) => textUpdate(chat, '/bantuan'));
    const downAnswers = await Promise.all(whileDown.map((update) => postUpdate(bot, update)));
    expect(downAnswers.map((r) => r.statusCode)).toEqual(whileDown.map(() => 503));
    expect(downAnswers[0]!.headers['retry-after']).toBe('5');

    await redis.start();
    await until('ready again', async () => ((await ready()).statusCode === 200 ? true : undefined));

    // In flight: recorded before the outage (200) or refused (503), never a 500; none lost, none twice.
    await expectEachAnsweredOnce(bot, { beforeOutage: beforeKill, inFlight, duringOutage: whileDown, chats: CHATS, sent });
  });
});
