import { Redis } from 'ioredis';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { RedisChatPacer } from '../../../src/channels/telegram/chat-pacer.js';
import { TelegramChannel } from '../../../src/channels/telegram/telegram-channel.js';
import { isAppError } from '../../../src/shared/errors.js';
import { createLogger } from '../../../src/shared/logger.js';
import { isolatedNames } from '../../helpers/services.js';

const TOKEN = '123456789:AAE_test-token-abcdefghijklmnopq';
const API = 'https://api.telegram.org';
const PATH = `/bot${TOKEN}`;
const ok = (result: Record<string, unknown>) => ({ ok: true, result: { message_id: 77, date: 0, chat: { id: 42, type: 'private' }, ...result } });
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('chart-bytes-7f3a')]);

/** nock hands binary bodies over as hex. */
function bodyText(body: unknown): string {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return /^[0-9a-f]+$/i.test(raw) ? Buffer.from(raw, 'hex').toString('latin1') : raw;
}

describe('TelegramChannel.send against the Bot API (nock)', () => {
  let redis: Redis;
  let sleeps: number[];
  const now = 1_000_000;
  const media = { get: async (id: string) => (id === 'chart0001' ? { data: PNG, contentType: 'image/png' } : null) };

  function channel(intervalMs = 0): TelegramChannel {
    const pacer = new RedisChatPacer(redis, `${isolatedNames().prefix}:pace`, intervalMs, () => now);
    return new TelegramChannel({ token: TOKEN, media, pacer, log: createLogger({ level: 'silent' }), sleep: async (ms) => void sleeps.push(ms) });
  }

  beforeAll(() => {
    redis = new Redis(inject('redisUrl'));
    nock.disableNetConnect();
    nock.enableNetConnect((host) => !host.includes('telegram'));
  });
  afterEach(() => {
    sleeps = [];
    nock.cleanAll();
  });
  afterAll(async () => {
    nock.enableNetConnect();
    await redis.quit();
  });

  it('sends numbered choices as an inline keyboard whose callback data is the choice number', async () => {
    sleeps = [];
    let sent: Record<string, unknown> = {};
    const scope = nock(API)
      .post(`${PATH}/sendMessage`)
      .reply(200, (_uri, body) => {
        sent = body as Record<string, unknown>;
        return ok({ text: 'Pilih bahasa' });
      });
    const receipt = await channel().send('42', { text: 'Pilih bahasa', choices: [{ id: 'id', label: 'Bahasa Indonesia' }, { id: 'en', label: 'English' }] });
    expect(scope.isDone()).toBe(true);
    expect(receipt).toEqual({ platformId: '77' });
    expect(sent).toMatchObject({
      chat_id: '42',
      text: 'Pilih bahasa',
      reply_markup: { inline_keyboard: [[{ text: 'Bahasa Indonesia', callback_data: '1' }], [{ text: 'English', callback_data: '2' }]] },
    });
  });

  it('sends a chart as a photo with its PNG bytes and the text as caption', async () => {
    sleeps = [];
    let body = '';
    const scope = nock(API)
      .post(`${PATH}/sendPhoto`)
      .reply(200, (_uri, raw) => {
        body = bodyText(raw);
        return ok({ photo: [] });
      });
    await channel().send('42', { text: 'Grafik berat badan Budi', image: '/media/chart0001.png' });
    expect(scope.isDone()).toBe(true);
    expect(body).toContain('chart-bytes-7f3a');
    expect(body).toContain('PNG');
    expect(body).toContain('name="caption"');
    expect(body).toContain('Grafik berat badan Budi');
  });

  it('sends the photo and then the text when the text is too long for a caption', async () => {
    sleeps = [];
    const calls: string[] = [];
    nock(API)
      .post(`${PATH}/sendPhoto`)
      .reply(200, (_uri, raw) => {
        calls.push(bodyText(raw).includes('name="caption"') ? 'photo+caption' : 'photo');
        return ok({ photo: [] });
      })
      .post(`${PATH}/sendMessage`)
      .reply(200, () => {
        calls.push('text');
        return ok({ text: 'x' });
      });
    await channel().send('42', { text: 'x'.repeat(1500), image: '/media/chart0001.png' });
    expect(calls).toEqual(['photo', 'text']);
  });

  it('waits the retry_after of a 429 and then sends', async () => {
    sleeps = [];
    const scope = nock(API)
      .post(`${PATH}/sendMessage`)
      .reply(429, { ok: false, error_code: 429, description: 'Too Many Requests: retry after 3', parameters: { retry_after: 3 } })
      .post(`${PATH}/sendMessage`)
      .reply(200, ok({ text: 'Halo' }));
    await channel().send('42', { text: 'Halo' });
    expect(scope.isDone()).toBe(true);
    expect(sleeps).toEqual([3000]);
  });

  it('retries a 5xx with backoff', async () => {
    sleeps = [];
    const scope = nock(API)
      .post(`${PATH}/sendMessage`)
      .reply(502, { ok: false, error_code: 502, description: 'Bad Gateway' })
      .post(`${PATH}/sendMessage`)
      .reply(500, { ok: false, error_code: 500, description: 'Internal Server Error' })
      .post(`${PATH}/sendMessage`)
      .reply(200, ok({ text: 'Halo' }));
    await channel().send('42', { text: 'Halo' });
    expect(scope.isDone()).toBe(true);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('leaves a server that stays down to the send queue’s retry', async () => {
    sleeps = [];
    nock(API).post(`${PATH}/sendMessage`).times(4).reply(503, { ok: false, error_code: 503, description: 'Service Unavailable' });
    const error = await channel().send('42', { text: 'Halo' }).catch((e: unknown) => e);
    expect(isAppError(error, 'CHANNEL_SEND_FAILED')).toBe(true);
  });

  it.each([
    [403, 'Forbidden: bot was blocked by the user', undefined],
    [400, 'Bad Request: chat not found', undefined],
    [400, 'Bad Request: message text is empty', 'message'],
  ])('treats %i "%s" as permanent', async (code, description, scope) => {
    sleeps = [];
    nock(API).post(`${PATH}/sendMessage`).reply(code, { ok: false, error_code: code, description });
    const error = await channel().send('42', { text: 'Halo' }).catch((e: unknown) => e);
    expect(isAppError(error, 'CHANNEL_PERMANENT_FAILURE')).toBe(true);
    expect(isAppError(error) && error.context.scope).toBe(scope);
    expect(sleeps).toEqual([]);
  });

  it('paces one chat to one message a second and leaves other chats alone', async () => {
    sleeps = [];
    nock(API).post(`${PATH}/sendMessage`).times(4).reply(200, ok({ text: 'x' }));
    const telegram = channel(1000);
    await telegram.send('42', { text: 'satu' });
    await telegram.send('42', { text: 'dua' });
    await telegram.send('43', { text: 'lain' });
    await telegram.send('42', { text: 'tiga' });
    expect(sleeps).toEqual([1000, 2000]);
  });
});
