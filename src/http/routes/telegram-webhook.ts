import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../shared/errors.js';
import { secretMatches } from '../secrets.js';

export interface TelegramWebhookDeps {
  botId: string;
  /** The `secret_token` given to setWebhook; Telegram sends it in X-Telegram-Bot-Api-Secret-Token. */
  secret: string;
  /** Checks, parses, accepts (durably) and acknowledges; throws only when storage fails. */
  receive: (update: unknown) => Promise<void>;
}

function checkSecret(request: FastifyRequest, secret: string): void {
  if (!secretMatches(request.headers['x-telegram-bot-api-secret-token'], secret)) {
    throw new AppError('UNAUTHORIZED', 'Set the webhook with secret_token = TELEGRAM_WEBHOOK_SECRET (Telegram sends it in X-Telegram-Bot-Api-Secret-Token).');
  }
}

/**
 * The Telegram webhook: verify the secret, accept the update, answer 200. The work happens in the
 * workers; a storage failure answers 5xx so Telegram delivers the update again. The body's fields are
 * checked by the receiver's schema: a malformed update is logged and answered 200 like any other.
 *
 * @example
 * await app.register((instance) => telegramWebhookRoutes(instance, { botId: '123', secret, receive }));
 */
export async function telegramWebhookRoutes(app: FastifyInstance, deps: TelegramWebhookDeps): Promise<void> {
  app.post<{ Params: { botId: string }; Body: unknown }>(
    '/webhooks/telegram/:botId',
    {
      config: { access: 'signed-webhook' },
      // Before the body is even validated: an unauthenticated caller learns nothing.
      onRequest: async (request) => checkSecret(request, deps.secret),
      schema: {
        params: { type: 'object', properties: { botId: { type: 'string', pattern: '^[0-9]{1,20}$' } }, required: ['botId'] },
        body: { type: 'object' },
        response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] } },
      },
    },
    async (request) => {
      if (request.params.botId !== deps.botId) throw new AppError('NOT_FOUND', 'No Telegram bot with this id here; the webhook URL ends in the bot id (the token before ":").');
      await deps.receive(request.body);
      return { ok: true };
    },
  );
}
