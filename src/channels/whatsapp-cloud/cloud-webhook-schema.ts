import { z } from 'zod';

/** Unix seconds as Meta sends them: a string of digits. */
const timestamp = z.string().regex(/^[0-9]{1,12}$/);
/** A WhatsApp user id (the phone's digits, or a business-scoped id): never an object, never a key's `:`. */
const userId = z.string().regex(/^[A-Za-z0-9._+-]{1,64}$/);
const platformId = z.string().min(1).max(256);
const text = z.string().max(4096);
const reply = z.object({ id: z.string().max(256).optional(), title: z.string().max(256).optional() });

/**
 * The envelope of a Cloud API webhook (`object: whatsapp_business_account`). Messages and statuses
 * stay unknown here: each is checked on its own, so one malformed item does not cost the others.
 *
 * @example
 * cloudWebhookSchema.safeParse({ object: 'whatsapp_business_account', entry: [] }).success; // true
 */
export const cloudWebhookSchema = z.object({
  object: z.string().max(64).optional(),
  entry: z
    .array(
      z.object({
        id: z.string().max(64).optional(),
        changes: z
          .array(
            z.object({
              field: z.string().max(64).optional(),
              value: z
                .object({
                  metadata: z.object({ phone_number_id: z.string().max(64).optional() }).optional(),
                  messages: z.array(z.unknown()).optional(),
                  statuses: z.array(z.unknown()).optional(),
                })
                .optional(),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
});

/**
 * One inbound message: the fields the bot reads, each with its type (`text.body: 123` is invalid).
 *
 * @example
 * cloudMessageSchema.safeParse({ from: '628111000001', id: 'wamid.1', type: 'text', text: { body: 'menu' } }).success; // true
 */
export const cloudMessageSchema = z.object({
  from: userId,
  id: platformId,
  timestamp: timestamp.optional(),
  type: z.string().max(64).optional(),
  text: z.object({ body: text }).optional(),
  interactive: z.object({ type: z.string().max(64).optional(), button_reply: reply.optional(), list_reply: reply.optional() }).optional(),
  button: z.object({ payload: z.string().max(256).optional(), text: z.string().max(256).optional() }).optional(),
  image: z.object({ caption: text.optional() }).optional(),
  document: z.object({ caption: text.optional() }).optional(),
});

/**
 * One delivery status. An unknown `status` word is valid (and ignored); an `id` that is not a string
 * is not, so it can never become a query operator.
 *
 * @example
 * cloudStatusSchema.safeParse({ id: 'wamid.1', status: 'read', timestamp: '1773021600' }).success; // true
 */
export const cloudStatusSchema = z.object({
  id: platformId,
  status: z.string().max(64),
  timestamp: timestamp.optional(),
  recipient_id: userId.optional(),
  errors: z.array(z.object({ code: z.number().int().optional(), title: z.string().max(1024).optional() })).optional(),
});

export type CloudWebhookEnvelope = z.infer<typeof cloudWebhookSchema>;
export type CloudMessage = z.infer<typeof cloudMessageSchema>;
