import { createHmac } from 'node:crypto';
import type { TestBot } from '../helpers/services.js';

/** Every channel with an HTTP entry on, pointed at nowhere: what the input-path tests post to. */
export const ADMIN = 'admin-token-for-tests-0123456789';
export const TELEGRAM_SECRET = 'telegram-secret-for-tests-01';
export const CLOUD_SECRET = 'cloud-app-secret-for-tests';
export const CLOUD_VERIFY = 'cloud-verify-token-for-tests';
export const PHONE_NUMBER_ID = '1234567890';

export const ALL_INPUTS_ENV = {
  ADMIN_TOKEN: ADMIN,
  TELEGRAM_BOT_TOKEN: '123456789:AAFtesttokentesttokentesttoken',
  TELEGRAM_MODE: 'webhook',
  TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
  TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
  WHATSAPP_CLOUD_TOKEN: 'cloud-token-for-tests-0123456789',
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
  WHATSAPP_CLOUD_APP_SECRET: CLOUD_SECRET,
  WHATSAPP_CLOUD_VERIFY_TOKEN: CLOUD_VERIFY,
  WHATSAPP_CLOUD_API_ROOT: 'http://127.0.0.1:9/v21.0',
};

export const signCloud = (raw: string) => `sha256=${createHmac('sha256', CLOUD_SECRET).update(raw).digest('hex')}`;

/** A Cloud API webhook body around one change value. */
export function cloudBody(value: object): object {
  return { object: 'whatsapp_business_account', entry: [{ id: 'WABA', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: PHONE_NUMBER_ID }, ...value } }] }] };
}

export function postCloud(bot: TestBot, body: object) {
  const raw = JSON.stringify(body);
  return bot.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: raw, headers: { 'content-type': 'application/json', 'x-hub-signature-256': signCloud(raw) } });
}

export function postTelegram(bot: TestBot, update: unknown) {
  return bot.app.inject({ method: 'POST', url: '/webhooks/telegram/123456789', payload: update as object, headers: { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET } });
}

/** The credentials each kind of route wants, so a test reaches the handler (or the body parser). */
export function credentialsFor(access: string): Record<string, string> {
  if (access === 'admin') return { authorization: `Bearer ${ADMIN}` };
  if (access === 'signed-webhook') return { 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET };
  return {};
}
