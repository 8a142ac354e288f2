import type { Update } from 'grammy/types';
import type { Logger } from '../../shared/logger.js';
import type { InboundMessage } from '../channel.js';
import { checkPayload, logRejected } from '../payload-check.js';
import type { TelegramChannel } from './telegram-channel.js';
import { telegramUpdateSchema } from './telegram-update-schema.js';

export interface TelegramReceiver {
  channel: Pick<TelegramChannel, 'parse' | 'acknowledge'>;
  /** Records the message durably and queues it (`ConversationService.accept`). */
  accept: (message: InboundMessage) => Promise<unknown>;
  now: () => Date;
  /** Told (at warn, without the payload) about an update that breaks the schema. */
  log?: Pick<Logger, 'warn'>;
}

/**
 * What the webhook and the long-polling loop both do with an update: check it against the schema,
 * parse, accept each message (throws when storage fails, so Telegram delivers the update again), then
 * answer a tapped button. An update that breaks the schema is logged and dropped: answering it with
 * an error would only make Telegram send the same bytes again.
 *
 * @example
 * await receiveTelegramUpdate(update, { channel, accept: (m) => conversations.accept(m), now: () => clock.now(), log });
 */
export async function receiveTelegramUpdate(update: unknown, receiver: TelegramReceiver): Promise<void> {
  const checked = checkPayload(telegramUpdateSchema, update);
  if (!checked.ok) return logRejected(receiver.log, 'telegram', checked.issues);
  for (const message of receiver.channel.parse(update as Update, receiver.now())) await receiver.accept(message);
  // Not awaited: a slow Bot API must not hold the webhook answer; acknowledge never throws.
  void receiver.channel.acknowledge(update as Update);
}
