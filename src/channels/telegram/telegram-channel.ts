import { Api, InputFile } from 'grammy';
import type { Message, Update } from 'grammy/types';
import { mediaIdOf, type MediaStore } from '../../app/messages/media-store.js';
import { AppError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { sleepAtLeast } from '../../shared/sleep.js';
import type { Channel, InboundMessage, OutboundMessage, SendLimits, SendReceipt } from '../channel.js';
import type { ChatPacer } from './chat-pacer.js';
import { telegramFetch } from './native-fetch.js';
import { classifyTelegramError } from './telegram-errors.js';
import { CAPTION_LIMIT, replyMarkupOf, splitText } from './telegram-markup.js';
import { callbackQueryIdOf, parseTelegramUpdate, tappedMessageOf } from './telegram-update.js';

export interface TelegramChannelOptions {
  token: string;
  /** A local Bot API server or an emulator instead of https://api.telegram.org. */
  apiRoot?: string;
  media: Pick<MediaStore, 'get'>;
  pacer: ChatPacer;
  log: Logger;
  /** Attempts per API call inside one delivery before the send queue's own retry takes over. */
  attempts?: number;
  baseDelayMs?: number;
  /** A longer "retry after" is left to the send queue instead of holding a worker slot. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

type Call = () => Promise<Message>;

/**
 * The Telegram channel: parses Bot API updates and sends through the Bot API with grammY's client.
 * Sends are paced per chat (ChatPacer, by waiting in the send job), honour 429 `retry_after`, retry
 * server and network errors with backoff, and turn "blocked" / "chat not found" into a permanent
 * failure that marks the address unreachable.
 *
 * @example
 * const telegram = new TelegramChannel({ token, media, pacer, log });
 * await telegram.send('42', { text: 'Pilih bahasa', choices: [{ id: 'id', label: 'Bahasa Indonesia' }] });
 */
export class TelegramChannel implements Channel<Update> {
  readonly name = 'telegram';
  /** About 30 messages a second per bot; waits for a chat's slot happen in flight, hence the concurrency. */
  readonly limits: SendLimits = { max: 30, durationMs: 1000, concurrency: 64 };
  readonly api: Api;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: TelegramChannelOptions) {
    this.api = new Api(options.token, { ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}), timeoutSeconds: 30, fetch: telegramFetch });
    this.sleep = options.sleep ?? ((ms) => sleepAtLeast(ms));
  }

  /** The bot's numeric id: the first part of the token, used in the webhook path. */
  get botId(): string {
    return this.options.token.split(':')[0]!;
  }

  parse(update: Update, receivedAt: Date): InboundMessage[] {
    return parseTelegramUpdate(update, receivedAt);
  }

  phoneOf(): string | null {
    return null;
  }

  /**
   * Stops a tapped button's spinner and removes the tapped keyboard: once tapped, its question is
   * answered (or was closed already), so its buttons can only mislead. The answer itself comes from
   * the conversation. Never throws.
   */
  async acknowledge(update: Update): Promise<void> {
    const id = callbackQueryIdOf(update);
    if (!id) return;
    try {
      await this.api.answerCallbackQuery(id);
    } catch (error) {
      this.options.log.warn({ err: classifyTelegramError(error) }, 'telegram: answering a callback query failed');
    }
    const tapped = tappedMessageOf(update);
    if (!tapped) return;
    try {
      // Without reply_markup Telegram drops the inline keyboard; the text stays as it was.
      await this.api.editMessageReplyMarkup(tapped.chat, tapped.messageId);
    } catch (error) {
      // Too old to edit (48 h) or already without a keyboard: a later tap is still refused by its question id.
      this.options.log.warn({ err: classifyTelegramError(error) }, 'telegram: removing a tapped keyboard failed');
    }
  }

  async send(address: string, message: OutboundMessage): Promise<SendReceipt> {
    let last: Message | undefined;
    for (const call of await this.calls(address, message)) last = await this.deliver(address, call);
    return last ? { platformId: String(last.message_id) } : {};
  }

  /** A photo with the text as caption when it fits, else the photo then the text; long texts in parts. */
  private async calls(chat: string, message: OutboundMessage): Promise<Call[]> {
    const markup = replyMarkupOf(message);
    const withMarkup = markup ? { reply_markup: markup } : {};
    const image = message.image ? await this.imageOf(message.image) : undefined;
    const texts = message.text ? splitText(message.text) : [];
    const calls: Call[] = [];
    if (image) {
      const caption = texts.length === 1 && texts[0]!.length <= CAPTION_LIMIT ? texts.pop() : undefined;
      const photoMarkup = texts.length === 0 ? withMarkup : {};
      calls.push(() => this.api.sendPhoto(chat, new InputFile(image, 'chart.png'), { ...(caption ? { caption } : {}), ...photoMarkup }));
    }
    texts.forEach((text, i) => calls.push(() => this.api.sendMessage(chat, text, i === texts.length - 1 ? withMarkup : {})));
    return calls;
  }

  private async imageOf(path: string): Promise<Buffer | undefined> {
    const id = mediaIdOf(path);
    const found = id ? await this.options.media.get(id) : null;
    // Charts are kept for a limited time; the text still says what the chart showed.
    if (!found) this.options.log.warn({ media: id }, 'telegram: chart image not found, sending the text only');
    return found?.data;
  }

  /** One API call with pacing and retries; throws an AppError that tells the send queue what to do. */
  private async deliver(chat: string, call: Call): Promise<Message> {
    const attempts = this.options.attempts ?? 4;
    for (let attempt = 1; ; attempt++) {
      const wait = await this.options.pacer.reserve(chat);
      if (wait > 0) await this.sleep(wait);
      try {
        return await call();
      } catch (error) {
        const failure = classifyTelegramError(error);
        if (failure.kind === 'unreachable') {
          throw new AppError('CHANNEL_PERMANENT_FAILURE', `Telegram: ${failure.description}. The person must write to the bot again.`, { channel: 'telegram' });
        }
        if (failure.kind === 'rejected') {
          throw new AppError('CHANNEL_PERMANENT_FAILURE', `Telegram rejected the message: ${failure.description}. Fix the message; the chat is fine.`, { channel: 'telegram', scope: 'message' });
        }
        // The chat's next slot moves first, whoever sends next (this loop or the send queue).
        if (failure.kind === 'rate') await this.options.pacer.holdOff(chat, failure.retryAfterMs);
        const tooLong = failure.kind === 'rate' && failure.retryAfterMs > (this.options.maxRetryAfterMs ?? 60_000);
        if (attempt >= attempts || tooLong) {
          const retryAfter = failure.kind === 'rate' ? { retryAfterMs: failure.retryAfterMs } : {};
          throw new AppError('CHANNEL_SEND_FAILED', `Telegram did not take the message (${failure.description}); the send queue retries it.`, { channel: 'telegram', attempt, ...retryAfter }, { cause: error });
        }
        if (failure.kind !== 'rate') await this.sleep((this.options.baseDelayMs ?? 500) * 2 ** (attempt - 1));
      }
    }
  }
}
