import type { proto } from '@whiskeysockets/baileys';
import { z } from 'zod';

const jid = z.string().max(256);

/**
 * A message key as Baileys hands it over (6.x and 7.0 field names alike): every JID a string, the id
 * a string, `fromMe` a boolean. A key that breaks this (an object for a JID) leaves the message out.
 *
 * @example
 * baileysKeySchema.safeParse({ remoteJid: '628111000001@s.whatsapp.net', id: 'ABC' }).success; // true
 */
export const baileysKeySchema = z.object({
  remoteJid: jid.nullish(),
  id: z.string().max(256).nullish(),
  fromMe: z.boolean().nullish(),
  participant: jid.nullish(),
  remoteJidAlt: jid.optional(),
  participantAlt: jid.optional(),
  senderPn: jid.optional(),
  senderLid: jid.optional(),
  participantPn: jid.optional(),
  participantLid: jid.optional(),
});

/** Decoded protobuf content is a class instance, not a plain object: kept as it is, its texts are typed below. */
const content = z.custom<proto.IMessage | null | undefined>((value) => value == null || (typeof value === 'object' && !Array.isArray(value)));

/**
 * One `messages.upsert` item: its key and its content (an object or nothing).
 *
 * @example
 * baileysMessageSchema.safeParse({ key: { remoteJid: '628111000001@s.whatsapp.net', id: 'ABC' }, message: { conversation: 'menu' } }).success; // true
 */
export const baileysMessageSchema = z.object({ key: baileysKeySchema, message: content.optional(), messageTimestamp: z.unknown().optional() });

/** The upsert event itself: its kind and a list of items, each checked on its own. */
export const baileysUpsertSchema = z.object({ type: z.string().max(32), messages: z.array(z.unknown()).max(10_000) });

const text = z.string().max(65_536).nullish();
const row = z.object({ selectedRowId: text }).nullish();

/**
 * The texts the bot reads from (unwrapped) content; a field of the wrong type makes the message one
 * without text rather than a crash.
 *
 * @example
 * messageTextsSchema.safeParse({ conversation: 123 }).success; // false
 */
export const messageTextsSchema = z.object({
  conversation: text,
  // A reply quoting an earlier message names it: `contextInfo.stanzaId` is that message's id.
  extendedTextMessage: z.object({ text, contextInfo: z.object({ stanzaId: text }).nullish() }).nullish(),
  buttonsResponseMessage: z.object({ selectedButtonId: text }).nullish(),
  listResponseMessage: z.object({ singleSelectReply: row }).nullish(),
  templateButtonReplyMessage: z.object({ selectedId: text }).nullish(),
  interactiveResponseMessage: z.object({ nativeFlowResponseMessage: z.object({ paramsJson: text }).nullish() }).nullish(),
  imageMessage: z.object({ caption: text }).nullish(),
  videoMessage: z.object({ caption: text }).nullish(),
  documentMessage: z.object({ caption: text }).nullish(),
});

export type CheckedBaileysMessage = z.infer<typeof baileysMessageSchema>;
export type CheckedKey = z.infer<typeof baileysKeySchema>;
