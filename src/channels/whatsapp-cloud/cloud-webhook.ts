import type { InboundMessage } from '../channel.js';
import type { DeliveryStatus } from '../../app/records.js';

/** The parts of a Cloud API webhook the bot reads (`object: whatsapp_business_account`). */
export interface CloudWebhook {
  object?: string;
  entry?: Array<{ id?: string; changes?: Array<{ field?: string; value?: CloudChangeValue }> }>;
}

interface CloudChangeValue {
  metadata?: { phone_number_id?: string };
  messages?: CloudMessage[];
  statuses?: CloudStatusPayload[];
}

interface CloudMessage {
  from?: string;
  id?: string;
  timestamp?: string;
  type?: string;
  text?: { body?: string };
  interactive?: { type?: string; button_reply?: { id?: string; title?: string }; list_reply?: { id?: string; title?: string } };
  button?: { payload?: string; text?: string };
  image?: { caption?: string };
}

interface CloudStatusPayload {
  id?: string;
  status?: string;
  timestamp?: string;
  recipient_id?: string;
  errors?: Array<{ code?: number; title?: string }>;
}

export interface CloudStatus {
  platformId: string;
  status: DeliveryStatus;
  at: Date;
  recipient: string | null;
  /** The first error's code, for `failed`. */
  errorCode?: number;
}

export interface ParsedWebhook {
  messages: InboundMessage[];
  statuses: CloudStatus[];
}

const STATUSES = new Set<string>(['sent', 'delivered', 'read', 'failed']);

function timeOf(seconds: string | undefined, fallback: Date): Date {
  const n = Number(seconds);
  return Number.isFinite(n) && n > 0 ? new Date(n * 1000) : fallback;
}

/** Typed text; a tapped reply button or list row gives its id (the choice's number). */
function textOf(message: CloudMessage): string | null {
  const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
  const text = message.text?.body ?? reply?.id ?? reply?.title ?? message.button?.payload ?? message.button?.text ?? message.image?.caption;
  return text?.trim() ? text : null;
}

/**
 * Normalised messages and delivery statuses from one webhook call for the given phone number.
 * Messages keep WhatsApp's own time, which is also when the 24-hour window opens.
 *
 * @example
 * parseCloudWebhook(body, 'whatsapp-cloud', '1234567890', now); // { messages: [...], statuses: [...] }
 */
export function parseCloudWebhook(body: CloudWebhook, channel: string, phoneNumberId: string, receivedAt: Date): ParsedWebhook {
  const parsed: ParsedWebhook = { messages: [], statuses: [] };
  if (body.object !== 'whatsapp_business_account') return parsed;
  for (const entry of body.entry ?? []) {
    for (const change of entry.changes ?? []) {
      const value = change.value;
      if (change.field !== 'messages' || !value) continue;
      // One app can serve several numbers; another number's traffic is not ours.
      if (value.metadata?.phone_number_id && value.metadata.phone_number_id !== phoneNumberId) continue;
      for (const message of value.messages ?? []) {
        const text = textOf(message);
        if (!message.from || !message.id || text === null) continue;
        parsed.messages.push({ channel, address: message.from, platformId: message.id, text, receivedAt: timeOf(message.timestamp, receivedAt) });
      }
      for (const status of value.statuses ?? []) {
        if (!status.id || !status.status || !STATUSES.has(status.status)) continue;
        const errorCode = status.errors?.[0]?.code;
        parsed.statuses.push({
          platformId: status.id,
          status: status.status as DeliveryStatus,
          at: timeOf(status.timestamp, receivedAt),
          recipient: status.recipient_id ?? null,
          ...(errorCode !== undefined ? { errorCode } : {}),
        });
      }
    }
  }
  return parsed;
}
