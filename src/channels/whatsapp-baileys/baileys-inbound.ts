import { isJidBroadcast, isJidGroup, isJidNewsletter, isJidStatusBroadcast, normalizeMessageContent, toNumber, type proto, type WAMessage, type WAMessageKey } from '@whiskeysockets/baileys';
import type { InboundMessage } from '../channel.js';
import { readButtonPayload } from '../button-payload.js';
import { checkItems, checkPayload, type PayloadIssue } from '../payload-check.js';
import { baileysMessageSchema, baileysUpsertSchema, messageTextsSchema, type CheckedBaileysMessage } from './baileys-inbound-schema.js';
import { isLid, isPn, userJid } from './jids.js';

/** What `messages.upsert` hands over: `notify` for live messages, `append` for replays and history. */
export interface BaileysUpsert {
  messages: WAMessage[];
  type: 'notify' | 'append';
}

export interface ParseOptions {
  channel: string;
  allowGroups: boolean;
  /** The phone-number JID known for a LID, if any. */
  pnOf(lid: string): string | undefined;
}

/** 6.x put the alternate JIDs here; 7.0 uses remoteJidAlt / participantAlt. Read both. */
type AnyKey = WAMessageKey & { senderPn?: string; senderLid?: string; participantPn?: string; participantLid?: string };

/**
 * The LID and phone-number JID that one key names for its sender, when it names both.
 *
 * @example
 * lidPnPair({ remoteJid: '123@lid', remoteJidAlt: '628111000001@s.whatsapp.net' }); // ['123@lid', '628111000001@s.whatsapp.net']
 */
export function lidPnPair(key: WAMessageKey): [string, string] | null {
  const k = key as AnyKey;
  const group = isJidGroup(k.remoteJid ?? undefined);
  const main = group ? k.participant : k.remoteJid;
  const alt = group ? (k.participantAlt ?? k.participantPn ?? k.participantLid) : (k.remoteJidAlt ?? k.senderPn ?? k.senderLid);
  if (isLid(main) && isPn(alt)) return [userJid(main), userJid(alt)];
  if (isPn(main) && isLid(alt)) return [userJid(alt), userJid(main)];
  return null;
}

/**
 * A message as WhatsApp Web gives it, beyond the port's fields: the id of the message it quotes
 * (`replyTo`) and when it was sent (`sentAt`, whole seconds), to tie a typed "1" to its question.
 */
export type BaileysInbound = InboundMessage & { replyTo?: string; sentAt?: number };

/** What a message says: its text, a tapped button's choice and question, or a picture's caption. */
export type MessageContent = Pick<BaileysInbound, 'text' | 'question' | 'attachment' | 'replyTo'>;

/**
 * A tapped button or list row gives its choice's number and the question it was shown with (an id
 * that is no payload of ours belongs to no open question); else typed text; a picture or file its
 * caption, or nothing to read (the engine answers that kindly).
 *
 * @example
 * contentOf({ conversation: 'bb 8,5' }); // { text: 'bb 8,5' }
 * contentOf({ imageMessage: {} }); // { text: '', attachment: 'photo' }
 */
export function contentOf(message: proto.IMessage | null | undefined): MessageContent | null {
  const unwrapped = normalizeMessageContent(message);
  const checked = unwrapped ? checkPayload(messageTextsSchema, unwrapped) : undefined;
  if (!checked?.ok) return null;
  const m = checked.value;
  const flow = m.interactiveResponseMessage?.nativeFlowResponseMessage?.paramsJson;
  const tapped = m.buttonsResponseMessage?.selectedButtonId ?? m.listResponseMessage?.singleSelectReply?.selectedRowId ?? m.templateButtonReplyMessage?.selectedId ?? (flow ? idInJson(flow) : undefined);
  if (tapped?.trim()) return readButtonPayload(tapped) ?? { text: tapped, question: '' };
  const text = m.conversation ?? m.extendedTextMessage?.text;
  const quoted = m.extendedTextMessage?.contextInfo?.stanzaId;
  if (text?.trim()) return { text, ...(quoted ? { replyTo: quoted } : {}) };
  const picture = m.imageMessage ?? m.videoMessage;
  if (picture) return { text: picture.caption ?? '', attachment: 'photo' };
  if (m.documentMessage) return { text: m.documentMessage.caption ?? '', attachment: 'document' };
  return null;
}

/** A message's timestamp (seconds; a number, a Long or a numeric string) as a number, if it is one. */
function secondsOf(stamp: unknown): number | undefined {
  if (stamp === null || stamp === undefined) return undefined;
  const seconds = typeof stamp === 'number' || typeof stamp === 'string' ? Number(stamp) : toNumber(stamp as Parameters<typeof toNumber>[0]);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

function idInJson(json: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(json);
    const id = (parsed as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The address a message is answered at: the phone-number JID whenever it is known (so one person is
 * one contact however WhatsApp addressed them), else the LID; the group JID for allowed groups.
 */
export function addressOf(key: WAMessageKey, options: Pick<ParseOptions, 'allowGroups' | 'pnOf'>): string | null {
  const jid = key.remoteJid;
  if (!jid || isJidStatusBroadcast(jid) || isJidBroadcast(jid) || isJidNewsletter(jid)) return null;
  if (isJidGroup(jid)) return options.allowGroups ? jid : null;
  const pair = lidPnPair(key);
  if (pair) return pair[1];
  if (isPn(jid)) return userJid(jid);
  if (isLid(jid)) return options.pnOf(jid) ?? userJid(jid);
  return null;
}

/**
 * The items of an upsert whose key and content match the schema, and where the others broke it.
 *
 * @example
 * const { messages, issues } = checkUpsert(upsert); // issues: [{ path: 'messages.3.key.remoteJid', code: 'invalid_type' }]
 */
export function checkUpsert(upsert: unknown): { type: string; messages: CheckedBaileysMessage[]; issues: PayloadIssue[] } {
  const checked = checkPayload(baileysUpsertSchema, upsert);
  if (!checked.ok) return { type: 'notify', messages: [], issues: checked.issues };
  const { valid, issues } = checkItems(baileysMessageSchema, checked.value.messages, 'messages');
  return { type: checked.value.type, messages: valid, issues };
}

/**
 * Normalised messages from one upsert: own messages, status broadcasts, newsletters, groups (unless
 * allowed), messages without text and items that break the schema are left out. The platform id is WhatsApp's message id, so a
 * replay (`append` after `notify`) is a duplicate for `conversations.accept()`.
 *
 * @example
 * parseUpsert({ type: 'notify', messages: [msg] }, { channel: 'whatsapp-baileys', allowGroups: false, pnOf: () => undefined }, now);
 */
export function parseUpsert(upsert: BaileysUpsert, options: ParseOptions, receivedAt: Date): BaileysInbound[] {
  const out: BaileysInbound[] = [];
  for (const message of checkUpsert(upsert).messages) {
    const key = message.key as WAMessageKey;
    if (!key.id || key.fromMe) continue;
    const address = addressOf(key, options);
    const content = address ? contentOf(message.message) : null;
    if (!address || content === null) continue;
    const sentAt = secondsOf(message.messageTimestamp);
    out.push({ channel: options.channel, address, platformId: key.id, ...content, receivedAt, ...(sentAt !== undefined ? { sentAt } : {}) });
  }
  return out;
}
