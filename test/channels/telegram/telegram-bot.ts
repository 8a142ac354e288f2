import type { Update } from 'grammy/types';
import { expect } from 'vitest';
import type { OutboundRecord } from '../../../src/app/messages/message-records.js';
import type { Container } from '../../../src/main/container.js';
import { startTestBot, type TestBot } from '../../helpers/services.js';

export const TOKEN = '123456789:AAE_test-token-abcdefghijklmnopq';
export const SECRET = 'webhook-secret-0123456789abcdef';
export const BOT_ID = '123456789';

/** The whole bot with Telegram in webhook mode; `apiRoot` is nock's host or the emulator. */
export async function startTelegramBot(apiRoot: string, seed?: (c: Container) => Promise<void>): Promise<TestBot> {
  return startTestBot({
    env: { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_ROOT: apiRoot, TELEGRAM_CHAT_INTERVAL_MS: '0' },
    ...(seed ? { seed } : {}),
  });
}

/** Posts an update to the webhook as Telegram would. */
export async function postUpdate(bot: TestBot, update: unknown, secret: string | null = SECRET, botId = BOT_ID) {
  return bot.app.inject({
    method: 'POST',
    url: `/webhooks/telegram/${botId}`,
    headers: secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret },
    payload: update as object,
  });
}

/** Delivers an update and waits until the conversation worker processed it; returns the replies. */
export async function deliver(bot: TestBot, update: Update): Promise<OutboundRecord[]> {
  const res = await postUpdate(bot, update);
  expect(res.statusCode).toBe(200);
  const id = `telegram:${update.update_id}`;
  await expect.poll(async () => (await bot.container.deps.messages.getInbound(id))?.status, { timeout: 15_000 }).toBe('processed');
  return bot.container.deps.messages.repliesTo(id);
}

let nextUpdate = 1000;

export function textUpdate(chatId: number, text: string, fromId = chatId): Update {
  return {
    update_id: nextUpdate++,
    message: { message_id: nextUpdate, date: 0, chat: { id: chatId, type: 'private', first_name: 'T' }, from: { id: fromId, is_bot: false, first_name: 'T' }, text },
  } as Update;
}

export function contactUpdate(chatId: number, phone: string, userId = chatId): Update {
  return {
    update_id: nextUpdate++,
    message: {
      message_id: nextUpdate,
      date: 0,
      chat: { id: chatId, type: 'private', first_name: 'T' },
      from: { id: chatId, is_bot: false, first_name: 'T' },
      contact: { phone_number: phone, first_name: 'T', user_id: userId },
    },
  } as Update;
}
