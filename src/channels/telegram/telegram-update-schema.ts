import { z } from 'zod';

/** Chat and user ids are integers up to 52 bits (Bot API); anything else is not an id. */
const telegramId = z.number().int().safe();
const chat = z.object({ id: telegramId, type: z.string().max(32) });

/**
 * The parts of a Bot API update the bot reads, typed: a message (text, a photo or file with its
 * caption, or a shared contact) or a tapped inline button (and the message that carried it, whose
 * keyboard is then removed). Other update kinds pass as nothing; a field the bot reads with the wrong type
 * (a `chat.id` object, a message without `chat`) makes the update invalid.
 *
 * @example
 * telegramUpdateSchema.safeParse({ update_id: 7, message: { chat: { id: 42, type: 'private' }, text: '/start' } }).success; // true
 */
export const telegramUpdateSchema = z.object({
  update_id: z.number().int().nonnegative().safe(),
  message: z
    .object({
      chat,
      from: z.object({ id: telegramId }).optional(),
      // Bot API limits: 4096 characters of text; a phone number is short.
      text: z.string().max(4096).optional(),
      // A photo or file's caption is its text (up to 1024 characters); what is in the picture is not read.
      caption: z.string().max(1024).optional(),
      photo: z.array(z.unknown()).max(16).optional(),
      document: z.looseObject({}).optional(),
      contact: z.object({ phone_number: z.string().max(32), user_id: telegramId.optional() }).optional(),
    })
    .optional(),
  callback_query: z
    .object({
      id: z.string().min(1).max(256),
      data: z.string().max(64).optional(),
      message: z.object({ chat, message_id: z.number().int().safe().optional() }).optional(),
    })
    .optional(),
});

export type CheckedTelegramUpdate = z.infer<typeof telegramUpdateSchema>;
