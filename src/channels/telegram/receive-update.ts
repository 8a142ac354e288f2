import type { Update } from 'grammy/types';
import type { InboundMessage } from '../channel.js';
import type { TelegramChannel } from './telegram-channel.js';

export interface TelegramReceiver {
  channel: Pick<TelegramChannel, 'parse' | 'acknowledge'>;
  /** Records the message durably and queues it (`ConversationService.accept`). */
  accept: (message: InboundMessage) => Promise<unknown>;
  now: () => Date;
}

/**
 * What the webhook and the long-polling loop both do with an update: parse, accept each message
 * (throws when storage fails, so Telegram delivers the update again), then answer a tapped button.
 *
 * @example
 * await receiveTelegramUpdate(update, { channel, accept: (m) => conversations.accept(m), now: () => clock.now() });
 */
export async function receiveTelegramUpdate(update: Update, receiver: TelegramReceiver): Promise<void> {
  for (const message of receiver.channel.parse(update, receiver.now())) await receiver.accept(message);
  // Not awaited: a slow Bot API must not hold the webhook answer; acknowledge never throws.
  void receiver.channel.acknowledge(update);
}
