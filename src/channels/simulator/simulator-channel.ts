import { randomUUID } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import type { Channel, InboundMessage, SendReceipt } from '../channel.js';
import { checkPayload } from '../payload-check.js';

/**
 * A simulator message: who (any visible text: a phone number or a name), what, and an optional client
 * id. `from` is trimmed; one of only spaces is not an address. A tapped choice also sends the
 * `question` its reply carried (like a platform's button payload), with the choice's number as text.
 *
 * @example
 * simulatorPayloadSchema.safeParse({ from: '   ', text: 'halo' }).success; // false
 */
export const simulatorPayloadSchema = z.object({
  from: z.string().trim().min(1).max(64),
  text: z.string().max(4096),
  /** Optional client id: a resend with the same id is a duplicate. */
  id: z.string().trim().min(1).max(128).optional(),
  /** A tapped choice: the question id of the reply that showed it. */
  question: z.string().max(16).optional(),
  /** A photo or file sent with the message (a KMS card photographed): `text` is its caption, as on a platform. */
  attachment: z.enum(['photo', 'document']).optional(),
});

export type SimulatorPayload = z.input<typeof simulatorPayloadSchema>;

/**
 * A full channel with no platform behind it: the demo, the tests and the web chat talk through it.
 * Sending only records (the outbound record is the delivery), so a reply is visible at once. Its
 * contacts are its own: it never joins a contact another channel created (`keepsOwnContacts`).
 *
 * @example
 * const [message] = simulatorChannel.parse({ from: '+628111000001', text: 'halo' }, new Date());
 */
export const simulatorChannel: Channel<SimulatorPayload> = {
  name: 'simulator',
  limits: { max: 1000, durationMs: 1000 },
  keepsOwnContacts: true,
  parse(raw: unknown, receivedAt: Date): InboundMessage[] {
    const checked = checkPayload(simulatorPayloadSchema, raw);
    if (!checked.ok) return [];
    const { from, text, id, question, attachment } = checked.value;
    return [{ channel: 'simulator', address: from, platformId: id ?? randomUUID(), text, ...(question !== undefined ? { question } : {}), ...(attachment ? { attachment } : {}), receivedAt }];
  },
  async send(): Promise<SendReceipt> {
    return {};
  },
  phoneOf(address: string): string | null {
    const phone = parsePhoneNumberFromString(address, 'ID');
    return phone?.isValid() ? phone.number : null;
  },
};
