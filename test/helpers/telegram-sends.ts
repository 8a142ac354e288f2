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
