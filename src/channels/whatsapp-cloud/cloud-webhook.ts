import type { InboundMessage } from '../channel.js';
import type { DeliveryStatus } from '../../app/messages/message-records.js';
import { readButtonPayload } from '../button-payload.js';
import { checkItems, checkPayload, type PayloadIssue } from '../payload-check.js';
import { cloudMessageSchema, cloudStatusSchema, cloudWebhookSchema, type CloudMessage, type CloudWebhookEnvelope } from './cloud-webhook-schema.js';

/** The parts of a Cloud API webhook the bot reads (`object: whatsapp_business_account`); see cloud-webhook-schema.ts. */
export type CloudWebhook = CloudWebhookEnvelope;

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
  /** Where the body or an item broke the schema (left out; the caller logs them). */
  issues: PayloadIssue[];
}

const STATUSES = new Set<string>(['sent', 'delivered', 'read', 'failed']);

function timeOf(seconds: string | undefined, fallback: Date): Date {
  const n = Number(seconds);
  return Number.isFinite(n) && n > 0 ? new Date(n * 1000) : fallback;
}

type Content = Pick<InboundMessage, 'text' | 'question' | 'attachment'>;

/**
 * Typed text; a tapped reply button or list row gives its choice's number and question (a row id
 * that is no payload of ours belongs to no open question); an image or document its caption, or
 * nothing to read (the engine answers that kindly).
 */
function contentOf(message: CloudMessage): Content | null {
  const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
  if (reply?.id !== undefined) return readButtonPayload(reply.id) ?? { text: reply.id, question: '' };
  const text = message.text?.body ?? reply?.title ?? message.button?.payload ?? message.button?.text;
  if (text?.trim()) return { text };
  const attachment = message.image ? 'photo' : message.document ? 'document' : undefined;
  if (attachment) return { text: message.image?.caption ?? message.document?.caption ?? '', attachment };
  return null;
}

/**
 * Normalised messages and delivery statuses from one webhook call for the given phone number.
 * Messages keep WhatsApp's own time, which is also when the 24-hour window opens. Every field read is
 * checked against its schema first; a malformed item is left out and named in `issues`.
 *
 * @example
 * parseCloudWebhook(body, 'whatsapp-cloud', '1234567890', now); // { messages: [...], statuses: [...] }
 */
export function parseCloudWebhook(raw: unknown, channel: string, phoneNumberId: string, receivedAt: Date): ParsedWebhook {
  const parsed: ParsedWebhook = { messages: [], statuses: [], issues: [] };
  const checked = checkPayload(cloudWebhookSchema, raw);
  if (!checked.ok) return { ...parsed, issues: checked.issues };
  const body: CloudWebhookEnvelope = checked.value;
  if (body.object !== 'whatsapp_business_account') return parsed;
  for (const [e, entry] of (body.entry ?? []).entries()) {
    for (const [c, change] of (entry.changes ?? []).entries()) {
      const value = change.value;
      if (change.field !== 'messages' || !value) continue;
      // One app can serve several numbers; another number's traffic is not ours.
      if (value.metadata?.phone_number_id && value.metadata.phone_number_id !== phoneNumberId) continue;
      const where = `entry.${e}.changes.${c}.value`;
      const messages = checkItems(cloudMessageSchema, value.messages ?? [], `${where}.messages`);
      const statuses = checkItems(cloudStatusSchema, value.statuses ?? [], `${where}.statuses`);
      parsed.issues.push(...messages.issues, ...statuses.issues);
      for (const message of messages.valid) {
        const content = contentOf(message);
        if (content === null) continue;
        parsed.messages.push({ channel, address: message.from, platformId: message.id, ...content, receivedAt: timeOf(message.timestamp, receivedAt) });
      }
      for (const status of statuses.valid) {
        if (!STATUSES.has(status.status)) continue;
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
