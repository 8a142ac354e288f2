import type { FastifyInstance } from 'fastify';
import type { ConversationService } from '../app/conversation.js';
import type { MediaStore } from '../app/messages/media-store.js';
import { RedisChatPacer } from '../channels/telegram/chat-pacer.js';
import { receiveTelegramUpdate } from '../channels/telegram/receive-update.js';
import { TelegramChannel } from '../channels/telegram/telegram-channel.js';
import { TelegramPoller } from '../channels/telegram/telegram-polling.js';
import type { Env } from '../config/env.js';
import { telegramWebhookRoutes } from '../http/routes/telegram-webhook.js';
import type { Redis } from '../queues/redis.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';

/**
 * Everything Telegram needs around the channel: the webhook route (webhook mode), the long-polling
 * loop (polling mode, started with the workers and stopped first on shutdown), and registering the
 * webhook with Telegram when PUBLIC_BASE_URL is set.
 *
 * @example
 * const telegram = new TelegramRuntime(env, redis, media, log);
 * app plugins: telegram.plugin(conversations, clock); workers: telegram.start(conversations, clock);
 */
export class TelegramRuntime {
  readonly channel: TelegramChannel;
  private poller?: TelegramPoller;

  constructor(
    private readonly env: Env & { TELEGRAM_BOT_TOKEN: string },
    redis: Redis,
    media: Pick<MediaStore, 'get'>,
    private readonly log: Logger,
  ) {
    this.channel = new TelegramChannel({
      token: env.TELEGRAM_BOT_TOKEN,
      apiRoot: env.TELEGRAM_API_ROOT,
      media,
      pacer: new RedisChatPacer(redis, `${env.QUEUE_PREFIX}:telegram-pace`, env.TELEGRAM_CHAT_INTERVAL_MS),
      log,
    });
  }

  private receiver(conversations: ConversationService, clock: Clock): (update: unknown) => Promise<void> {
    return (update) => receiveTelegramUpdate(update, { channel: this.channel, accept: (m) => conversations.accept(m), now: () => clock.now(), log: this.log });
  }

  /** The webhook route in webhook mode; nothing in polling mode. */
  plugins(conversations: ConversationService, clock: Clock): Array<(app: FastifyInstance) => Promise<void>> {
    const secret = this.env.TELEGRAM_WEBHOOK_SECRET;
    if (this.env.TELEGRAM_MODE !== 'webhook' || !secret) return [];
    const receive = this.receiver(conversations, clock);
    return [(app) => telegramWebhookRoutes(app, { botId: this.channel.botId, secret, receive })];
  }

  /** Tells Telegram where the webhook is; a failure is logged, the server still starts. */
  async registerWebhook(): Promise<void> {
    const secret = this.env.TELEGRAM_WEBHOOK_SECRET;
    if (this.env.TELEGRAM_MODE !== 'webhook' || !secret || !this.env.PUBLIC_BASE_URL) return;
    const url = `${this.env.PUBLIC_BASE_URL.replace(/\/+$/, '')}/webhooks/telegram/${this.channel.botId}`;
    try {
      await this.channel.api.setWebhook(url, { secret_token: secret, allowed_updates: ['message', 'callback_query'] });
      this.log.info('telegram webhook registered');
    } catch (error) {
      this.log.error({ err: error }, 'telegram webhook registration failed; check TELEGRAM_BOT_TOKEN and PUBLIC_BASE_URL');
    }
  }

  start(conversations: ConversationService, clock: Clock): void {
    if (this.env.TELEGRAM_MODE !== 'polling' || this.poller) return;
    this.poller = new TelegramPoller(this.channel.api, this.receiver(conversations, clock), this.log);
    this.poller.start();
  }

  async stop(): Promise<void> {
    await this.poller?.stop();
  }
}
