import type { OutboundRecord } from './messages/message-records.js';

/**
 * Records grouped by the chat they go to (channel and address), each group in the given order: a
 * chat's outbox keeps that order, so a turn is read as written and before the next turn.
 *
 * @example
 * byChat([a0, b0, a1]); // [{ channel, address: a, ids: [a0, a1] }, { …, address: b, ids: [b0] }]
 */
export function byChat(records: readonly Pick<OutboundRecord, '_id' | 'channel' | 'address'>[]): Array<{ channel: string; address: string; ids: string[] }> {
  const chats = new Map<string, { channel: string; address: string; ids: string[] }>();
  for (const { _id, channel, address } of records) {
    const key = `${channel}\u0000${address}`;
    const chat = chats.get(key) ?? { channel, address, ids: [] };
    chat.ids.push(_id);
    chats.set(key, chat);
  }
  return [...chats.values()];
}
