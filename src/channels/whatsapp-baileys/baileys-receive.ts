import type { WAMessage, WAMessageKey } from '@whiskeysockets/baileys';
import type { Logger } from '../../shared/logger.js';
import type { InboundMessage } from '../channel.js';
import { logRejected } from '../payload-check.js';
import { checkUpsert, lidPnPair, type BaileysUpsert } from './baileys-inbound.js';
import type { BaileysChannel } from './baileys-channel.js';
import type { BaileysSocketLike } from './baileys-socket.js';
import { isLid } from './jids.js';
import type { LidMap } from './lid-map.js';
import { tieToQuestion, type QuestionLog } from './question-log.js';

export interface ReceiveDeps {
  channel: Pick<BaileysChannel, 'parse'>;
  lids: Pick<LidMap, 'remember' | 'pnOf'>;
  socket(): BaileysSocketLike | undefined;
  accept(message: InboundMessage): Promise<unknown>;
  now(): Date;
  /** Ties a typed choice number to the question it answers (see `tieToQuestion`); absent, texts go as typed. */
  questions?: QuestionLog;
  /** Told (at warn, without the payload) where an item broke the schema. */
  log?: Pick<Logger, 'warn'>;
}

/**
 * Takes one `messages.upsert`: learns LID↔PN pairs from the keys (and asks Baileys' LID store for a
 * LID it has not seen paired), then accepts each normalised message durably. `notify` and `append`
 * alike: a replay is a duplicate that `accept` drops. Items that break the schema are logged and left out.
 *
 * @example
 * socket.ev.on('messages.upsert', (u) => receiveBaileysUpsert(u, deps));
 */
export async function receiveBaileysUpsert(upsert: BaileysUpsert, deps: ReceiveDeps): Promise<number> {
  const checked = checkUpsert(upsert);
  logRejected(deps.log, 'whatsapp-baileys', checked.issues);
  for (const message of checked.messages) {
    const key = message.key as WAMessageKey;
    const pair = lidPnPair(key);
    if (pair) await deps.lids.remember(pair[0], pair[1]);
    const jid = key.remoteJid;
    if (!pair && isLid(jid) && !deps.lids.pnOf(jid)) {
      const pn = await deps.socket()?.signalRepository?.lidMapping?.getPNForLID(jid).catch(() => null);
      if (pn) await deps.lids.remember(jid, pn);
    }
  }
  const messages = deps.channel.parse({ type: checked.type as BaileysUpsert['type'], messages: checked.messages as WAMessage[] }, deps.now());
  for (const message of messages) await deps.accept(deps.questions ? await tieToQuestion(message, deps.questions) : message);
  return messages.length;
}
