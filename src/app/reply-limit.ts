import type { Lang } from '../shared/lang.js';
import type { OutboundService } from './outbound.js';
import type { OutboundRecord } from './messages/message-records.js';
import type { MessageStore, ReplyLimiter } from './messages/message-ports.js';
import type { Clock } from '../shared/clock.js';
import type { EngineAssets } from '../engine/index.js';

/** The locale key of the one note a chat gets when it goes over its reply limit. */
export const FLOOD_NOTE_KEY = 'flood.note';

/**
 * Lets a turn's replies to a person's message through unless their chat went over its reply limit
 * (`ReplyLimiter`): then the replies are recorded as `dropped` and the first such turn is answered
 * with one note in the person's language instead. The message itself was recorded and processed
 * as usual, so nothing the person reported is lost; only the answers are held back. Returns the
 * records to queue.
 *
 * @example
 * await outbound.enqueue(await limitReplies(deps, outbound, records, 'id'));
 */
export async function limitReplies(
  deps: { replyLimiter: ReplyLimiter; messages: MessageStore; clock: Clock; engine: EngineAssets },
  outbound: Pick<OutboundService, 'records'>,
  records: readonly OutboundRecord[],
  lang: Lang,
): Promise<readonly OutboundRecord[]> {
  const first = records[0];
  // Only answers to the person's own messages count: reminders, alerts and timeouts are ours.
  if (!first?.inReplyTo) return records;
  const allowance = await deps.replyLimiter.admit(`${first.channel}:${first.address}`, records.length);
  if (allowance === 'send') return records;
  const now = deps.clock.now();
  for (const record of records) await deps.messages.markOutbound(record._id, 'dropped', now, 'over the chat\'s reply limit');
  if (allowance === 'drop') return [];
  const text = deps.engine.translate(lang, FLOOD_NOTE_KEY, { minutes: Math.max(1, Math.round(deps.replyLimiter.windowMs / 60_000)) });
  const note = outbound.records({ contactId: first.contactId, channel: first.channel, address: first.address }, [{ text }], { kind: 'reply', ref: `flood:${first._id}`, inReplyTo: first.inReplyTo });
  await deps.messages.recordOutbound(note);
  return note;
}
