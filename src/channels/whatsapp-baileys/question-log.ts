import type { InboundMessage } from '../channel.js';
import type { AuthKeyValueStore } from './auth-state.js';
import { userJid } from './jids.js';

/** Entry types in the session's store: the question each sent message showed, and per chat the questions shown lately. */
const QUESTION_OF_SENT = 'question-of-sent';
const QUESTIONS_SHOWN = 'questions-shown';
/** Enough to place a number typed a few questions ago; older ones are certainly closed. */
const KEPT = 5;

interface Shown {
  question: string;
  /** When it was sent, in whole seconds as WhatsApp stamps messages. */
  at: number;
}

/**
 * Which question each numbered list sent on WhatsApp Web belonged to, so a typed "1" can be tied to
 * the question it answers: the one the person quoted (replied to), or else the one on their screen
 * when they typed it. Kept in the Baileys session's store beside the sent messages.
 *
 * @example
 * await questions.noteSent('628111000001@s.whatsapp.net', '3EB0ABC', '1x9k3bq', 1773021600);
 * await questions.questionOf('3EB0ABC'); // '1x9k3bq'
 */
export class QuestionLog {
  constructor(
    private readonly store: Pick<AuthKeyValueStore, 'read' | 'write'>,
    private readonly session: string,
  ) {}

  async noteSent(address: string, sentId: string, question: string, at: number): Promise<void> {
    const chat = userJid(address);
    const shown = [...(await this.shown(chat)), { question, at }].slice(-KEPT);
    await this.store.write(this.session, [
      { type: QUESTION_OF_SENT, id: sentId, value: question },
      { type: QUESTIONS_SHOWN, id: chat, value: JSON.stringify(shown) },
    ]);
  }

  async questionOf(sentId: string): Promise<string | undefined> {
    return (await this.store.read(this.session, QUESTION_OF_SENT, [sentId])).get(sentId);
  }

  /**
   * For a reply typed at `at` (seconds) before the latest list was sent: the question on screen then
   * (the last one sent at or before it), or `''` when every one known came later. Undefined for a
   * reply typed after the latest list: what it answers (that list, or a question without choices
   * asked since) is the open question's business.
   */
  async showingBefore(address: string, at: number): Promise<string | undefined> {
    const shown = await this.shown(userJid(address));
    const latest = shown.at(-1);
    if (!latest || latest.at <= at) return undefined;
    return shown.findLast((s) => s.at <= at)?.question ?? '';
  }

  private async shown(chat: string): Promise<Shown[]> {
    const text = (await this.store.read(this.session, QUESTIONS_SHOWN, [chat])).get(chat);
    if (!text) return [];
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.filter((s): s is Shown => typeof s?.question === 'string' && typeof s?.at === 'number') : [];
    } catch {
      return [];
    }
  }
}

/** A typed choice number ("1", "2.", "3️⃣"): what numbered text asks for, and nothing else. */
const CHOICE_NUMBER = /^\s*(?:[1-9][0-9]?\.?|[1-9]\uFE0F?\u20E3|\u{1F51F})\s*$/u;

/**
 * Ties a typed reply on WhatsApp Web to its question, as a tapped button is: a reply quoting one of
 * our numbered lists answers that list's question; a bare choice number typed before the latest list
 * arrived answers the list then on screen. The engine takes it only when that question is still the
 * open one; otherwise it says the question is closed and shows the open one (as for a stale button).
 * Other texts are left as they are.
 *
 * @example
 * await tieToQuestion({ ...message, text: '1', replyTo: '3EB0ABC' }, questions); // { …, question: '1x9k3bq' }
 */
export async function tieToQuestion(message: InboundMessage & { replyTo?: string; sentAt?: number }, questions: QuestionLog): Promise<InboundMessage> {
  const { replyTo, sentAt, ...inbound } = message;
  if (inbound.question !== undefined || !CHOICE_NUMBER.test(inbound.text)) return inbound;
  const quoted = replyTo ? await questions.questionOf(replyTo) : undefined;
  if (quoted !== undefined) return { ...inbound, question: quoted };
  const showing = sentAt === undefined ? undefined : await questions.showingBefore(inbound.address, sentAt);
  return showing === undefined ? inbound : { ...inbound, question: showing };
}
