import type { Update } from 'grammy/types';
import { expect } from 'vitest';
import { postUpdate } from '../channels/telegram/telegram-bot.js';
import type { TestBot } from '../helpers/services.js';
import type { SentBody } from '../helpers/telegram-sends.js';

/**
 * After an outage: the updates that were in flight answered 200 or 503 (never a 500); Telegram delivers
 * again whatever got no 200; then every update is processed with one reply, sent, and each chat got
 * exactly one message per update: none lost, none twice.
 *
 * @example
 * await expectEachAnsweredOnce(bot, { beforeOutage, inFlight, duringOutage, chats: CHATS, sent });
 */
export async function expectEachAnsweredOnce(
  bot: TestBot,
  run: { beforeOutage: Update[]; inFlight: Array<Promise<{ statusCode: number }>>; duringOutage: Update[]; chats: number[]; sent: SentBody[]; timeoutMs?: number },
): Promise<void> {
  const inFlightAnswers = await Promise.all(run.inFlight);
  for (const res of inFlightAnswers) expect([200, 503]).toContain(res.statusCode);
  const refused = [...run.beforeOutage.filter((_, i) => inFlightAnswers[i]!.statusCode !== 200), ...run.duringOutage];
  for (const update of refused) expect((await postUpdate(bot, update)).statusCode).toBe(200);

  const all = [...run.beforeOutage, ...run.duringOutage];
  const { messages } = bot.container.deps;
  const settled = (what: string, probe: () => Promise<boolean>) => expect.poll(probe, { timeout: run.timeoutMs ?? 20_000, interval: 250, message: what }).toBe(true);
  for (const update of all) {
    const id = `telegram:${update.update_id}`;
    await settled(`${id} processed`, async () => (await messages.getInbound(id))?.status === 'processed');
    const replies = await messages.repliesTo(id);
    expect(replies, id).toHaveLength(1);
    await settled(`the reply to ${id} sent`, async () => (await messages.getOutbound(replies[0]!._id))?.status === 'sent');
  }
  for (const chat of run.chats) {
    const expected = all.filter((u) => u.message?.chat.id === chat).length;
    expect(run.sent.filter((body) => String(body.chat_id) === String(chat)), `chat ${chat}`).toHaveLength(expected);
  }
}
