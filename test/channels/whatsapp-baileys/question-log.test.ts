import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/channels/channel.js';
import { parseUpsert } from '../../../src/channels/whatsapp-baileys/baileys-inbound.js';
import { QuestionLog, tieToQuestion } from '../../../src/channels/whatsapp-baileys/question-log.js';

/** The session store's read and write on a Map, as the Baileys auth store keeps entries. */
function memoryStore() {
  const entries = new Map<string, string>();
  return {
    read: async (_session: string, type: string, ids: readonly string[]) => new Map(ids.flatMap((id) => (entries.has(`${type}/${id}`) ? [[id, entries.get(`${type}/${id}`)!] as const] : []))),
    write: async (_session: string, items: ReadonlyArray<{ type: string; id: string; value: string | null }>) => {
      for (const { type, id, value } of items) if (value === null) entries.delete(`${type}/${id}`);
      else entries.set(`${type}/${id}`, value);
    },
  };
}

const CHAT = '628111000052@s.whatsapp.net';
const T = 1773021600;
const typed = (text: string, extra: { replyTo?: string; sentAt?: number } = {}): InboundMessage & { replyTo?: string; sentAt?: number } => ({ channel: 'whatsapp-baileys', address: CHAT, platformId: 'WA-1', text, receivedAt: new Date(T * 1000), ...extra });

describe('tying a typed number on WhatsApp Web to its question', () => {
  it('reads the quoted message and the time a reply was sent', () => {
    const [message] = parseUpsert(
      { type: 'notify', messages: [{ key: { remoteJid: CHAT, id: 'WA-9' }, message: { extendedTextMessage: { text: '2', contextInfo: { stanzaId: '3EB0LIST' } } }, messageTimestamp: T } as never] },
      { channel: 'whatsapp-baileys', allowGroups: false, pnOf: () => undefined },
      new Date(T * 1000),
    );
    expect(message).toMatchObject({ text: '2', replyTo: '3EB0LIST', sentAt: T });
  });

  it('takes the question of the list a number quotes, open or closed', async () => {
    const questions = new QuestionLog(memoryStore(), 'default');
    await questions.noteSent(CHAT, '3EB0LANG', 'qlang', T);
    await questions.noteSent(CHAT, '3EB0RW', 'qrw', T + 5);
    expect((await tieToQuestion(typed('1', { replyTo: '3EB0LANG', sentAt: T + 9 }), questions)).question).toBe('qlang');
    expect((await tieToQuestion(typed('2', { replyTo: '3EB0RW', sentAt: T + 9 }), questions)).question).toBe('qrw');
  });

  it('ties a bare number typed before the latest list to the list then on screen, or to none known', async () => {
    const questions = new QuestionLog(memoryStore(), 'default');
    await questions.noteSent(CHAT, '3EB0LANG', 'qlang', T);
    await questions.noteSent(CHAT, '3EB0RW', 'qrw', T + 5);
    expect((await tieToQuestion(typed('1', { sentAt: T + 3 }), questions)).question).toBe('qlang');
    expect((await tieToQuestion(typed('1', { sentAt: T - 1 }), questions)).question).toBe('');
  });

  it('leaves alone a number typed after the latest list, words, taps, and chats with no list known', async () => {
    const questions = new QuestionLog(memoryStore(), 'default');
    expect(await tieToQuestion(typed('1', { sentAt: T }), questions)).not.toHaveProperty('question');
    await questions.noteSent(CHAT, '3EB0RW', 'qrw', T);
    expect(await tieToQuestion(typed('1', { sentAt: T }), questions)).not.toHaveProperty('question');
    expect(await tieToQuestion(typed('bb 8,5', { sentAt: T - 9, replyTo: '3EB0RW' }), questions)).not.toHaveProperty('question');
    expect((await tieToQuestion({ ...typed('2', { sentAt: T - 9 }), question: 'qtap' }, questions)).question).toBe('qtap');
    const plain = await tieToQuestion(typed('1', { sentAt: T }), questions);
    expect(plain).not.toHaveProperty('replyTo');
    expect(plain).not.toHaveProperty('sentAt');
  });
});
