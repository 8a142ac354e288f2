import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from 'grammy/types';
import { SHARE_PHONE_CHOICE } from '../../app/link-phone.js';
import { buttonPayload } from '../button-payload.js';
import type { OutboundMessage } from '../channel.js';

/** Telegram's limits: a message text and a photo caption. */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/**
 * The keyboard for a message's choices: one inline button per choice whose callback data is the
 * question's id and the choice's number (`buttonPayload`, always under Telegram's 64 bytes), or the
 * share-phone reply button when the bot asks for the number.
 *
 * @example
 * replyMarkupOf({ text: 'Pilih', choices: [{ id: 'm', label: 'Laki-laki' }], question: '1x9k3bq' });
 * // { inline_keyboard: [[{ text: 'Laki-laki', callback_data: '1x9k3bq:1' }]] }
 */
export function replyMarkupOf(message: OutboundMessage): InlineKeyboardMarkup | ReplyKeyboardMarkup | undefined {
  const choices = message.choices ?? [];
  const share = choices.find((c) => c.id === SHARE_PHONE_CHOICE);
  if (share) return { keyboard: [[{ text: share.label, request_contact: true }]], resize_keyboard: true, one_time_keyboard: true };
  if (!choices.length) return undefined;
  return { inline_keyboard: choices.map((choice, i) => [{ text: choice.label, callback_data: buttonPayload(message.question, i) }]) };
}

/**
 * Splits a text longer than Telegram allows at line breaks (or hard, for one very long line).
 *
 * @example
 * splitText('a\nb', 1); // ['a', 'b']
 */
export function splitText(text: string, limit = TEXT_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    if (current) parts.push(current);
    current = line;
    while (current.length > limit) {
      parts.push(current.slice(0, limit));
      current = current.slice(limit);
    }
  }
  if (current) parts.push(current);
  return parts;
}
