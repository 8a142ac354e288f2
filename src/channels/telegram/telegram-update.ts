import type { Update } from 'grammy/types';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { InboundMessage } from '../channel.js';
import { readButtonPayload } from '../button-payload.js';
import { checkPayload } from '../payload-check.js';
import { telegramUpdateSchema, type CheckedTelegramUpdate } from './telegram-update-schema.js';

/** A Bot API update, for layers that do not import grammY themselves. */
export type TelegramUpdate = Update;

/** The commands the bot lists in Telegram's menu; the engine reads them as its keywords. */
export const TELEGRAM_COMMANDS = ['start', 'menu', 'bantuan', 'bahasa', 'berhenti'] as const;

/**
 * One Telegram update as the app's inbound messages: a text, a photo or file (its caption is the
 * text, as on WhatsApp; without one the engine answers kindly), a tapped inline button (the choice
 * number becomes the text, with the question the button was shown with), or the user's own shared
 * contact (the phone, with `sharedPhone` set). The address is the chat id; the platform id is the
 * update id, so a redelivered update is a duplicate. Anything else (stickers, edits, group noise)
 * yields nothing, and so does an update that breaks `telegramUpdateSchema` (the receiver logs those).
 *
 * @example
 * parseTelegramUpdate({ update_id: 7, message: { text: '/start', chat: { id: 42 }, … } }, now);
 * // [{ channel: 'telegram', address: '42', platformId: '7', text: '/start', receivedAt: now }]
 */
export function parseTelegramUpdate(raw: unknown, receivedAt: Date): InboundMessage[] {
  const checked = checkPayload(telegramUpdateSchema, raw);
  return checked.ok ? messagesOf(checked.value, receivedAt) : [];
}

function messagesOf(update: CheckedTelegramUpdate, receivedAt: Date): InboundMessage[] {
  const base = { channel: 'telegram', platformId: String(update.update_id), receivedAt };
  const query = update.callback_query;
  if (query) {
    const chat = query.message?.chat;
    if (!chat || chat.type !== 'private' || typeof query.data !== 'string') return [];
    // Data that is no payload of ours belongs to no open question: the engine calls it closed.
    const tapped = readButtonPayload(query.data) ?? { text: query.data, question: '' };
    return [{ ...base, address: String(chat.id), ...tapped }];
  }
  const message = update.message;
  if (!message || message.chat.type !== 'private') return [];
  const address = String(message.chat.id);
  if (message.contact) {
    const own = message.from !== undefined && message.contact.user_id === message.from.id;
    const phone = own ? toE164(message.contact.phone_number) : null;
    // Someone else's contact card is never used to link: only the user's own number is theirs to share.
    return phone ? [{ ...base, address, text: phone, sharedPhone: phone }] : [];
  }
  const attachment = message.photo ? 'photo' : message.document ? 'document' : undefined;
  if (attachment) return [{ ...base, address, text: message.caption ?? '', attachment }];
  if (typeof message.text !== 'string') return [];
  return [{ ...base, address, text: commandText(message.text) }];
}

/** "/start abc" (a deep link) and "/menu@PosyanduBot" are the bare command. */
function commandText(text: string): string {
  const match = /^\/([A-Za-z_]+)(?:@\w+)?(?:\s.*)?$/s.exec(text.trim());
  return match ? `/${match[1]!.toLowerCase()}` : text;
}

/** Telegram sends "6281…" or "+6281…"; the app keeps E.164. */
export function toE164(raw: string): string | null {
  const digits = raw.replace(/[^\d+]/g, '');
  const phone = parsePhoneNumberFromString(digits.startsWith('+') ? digits : `+${digits}`);
  return phone?.isValid() ? phone.number : null;
}

/** The callback query an update carries, which must be answered so the button stops spinning. */
export function callbackQueryIdOf(update: Update): string | undefined {
  const id = (update as { callback_query?: { id?: unknown } } | null)?.callback_query?.id;
  return typeof id === 'string' ? id : undefined;
}

/** The message whose inline keyboard was tapped, so its keyboard can be removed once answered. */
export function tappedMessageOf(update: Update): { chat: number; messageId: number } | undefined {
  const checked = checkPayload(telegramUpdateSchema, update);
  const message = checked.ok ? checked.value.callback_query?.message : undefined;
  return message?.message_id !== undefined ? { chat: message.chat.id, messageId: message.message_id } : undefined;
}
