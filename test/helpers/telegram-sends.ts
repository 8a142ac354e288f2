import nock from 'nock';

/** What the bot sent through the fake Bot API: the request bodies, in arrival order. */
export type SentBody = Record<string, unknown> & { chat_id: string; text: string };

/**
 * Stands in for Telegram's `sendMessage` (nock, until `nock.cleanAll()`) and records every body,
 * answering each as Telegram does.
 *
 * @example
 * const sent = recordTelegramSends('https://api.telegram.test', TOKEN);
 */
export function recordTelegramSends(api: string, token: string): SentBody[] {
  const sent: SentBody[] = [];
  nock(api)
    .persist()
    .post(`/bot${token}/sendMessage`)
    .reply((_uri, body) => {
      sent.push(body as SentBody);
      return [200, { ok: true, result: { message_id: sent.length, date: 0, chat: { id: 1, type: 'private' } } }];
    });
  return sent;
}

/** One message or photo as the chat received it: its chat and its text (a photo's caption). */
export interface Delivery {
  chat: string;
  text: string;
}

/**
 * Stands in for Telegram's `sendMessage` and `sendPhoto` (nock, until `nock.cleanAll()`), answering
 * after `delayMs` like a slow Bot API, and records what each chat received, in order.
 *
 * @example
 * const received = recordTelegramDeliveries(API, TOKEN, 25);
 */
export function recordTelegramDeliveries(api: string, token: string, delayMs = 0): Delivery[] {
  const received: Delivery[] = [];
  nock(api)
    .persist()
    .post(new RegExp(`^/bot${token}/(sendMessage|sendPhoto)$`))
    .delay(delayMs)
    .reply((_uri, body) => {
      const payload = body as Record<string, unknown>;
      received.push({ chat: String(payload.chat_id), text: String(payload.text ?? payload.caption ?? '') });
      return [200, { ok: true, result: { message_id: received.length, date: 0, chat: { id: Number(payload.chat_id), type: 'private' } } }];
    });
  return received;
}
