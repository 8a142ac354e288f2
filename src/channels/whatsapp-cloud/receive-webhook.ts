import type { InboundMessage } from '../channel.js';
import type { DeliveryStatus } from '../../app/messages/message-records.js';
import type { Logger } from '../../shared/logger.js';
import { logRejected } from '../payload-check.js';
import { parseCloudWebhook } from './cloud-webhook.js';
import type { CustomerWindow } from './customer-window.js';

export interface CloudReceiveDeps {
  channel: string;
  phoneNumberId: string;
  window: Pick<CustomerWindow, 'touch' | 'close'>;
  accept(message: InboundMessage): Promise<unknown>;
  recordDelivery(channel: string, platformId: string, status: DeliveryStatus, at: Date, error?: string): Promise<boolean>;
  now(): Date;
  /** Told (at warn, without the payload) where a body or an item broke the schema. */
  log?: Pick<Logger, 'warn'>;
}

/**
 * Takes one verified webhook call: opens each sender's 24-hour window, accepts their messages
 * durably (a redelivery is a duplicate) and records delivery statuses on the sent messages. A
 * failure with 131047 also marks the window closed, so the next send goes as a template. Items that
 * break the schema are left out and logged; the call is still acknowledged (Meta retries a 5xx for days).
 *
 * @example
 * await receiveCloudWebhook(body, { channel: 'whatsapp-cloud', phoneNumberId, window, accept, recordDelivery, now });
 */
export async function receiveCloudWebhook(body: unknown, deps: CloudReceiveDeps): Promise<{ messages: number; statuses: number }> {
  const parsed = parseCloudWebhook(body, deps.channel, deps.phoneNumberId, deps.now());
  logRejected(deps.log, deps.channel, parsed.issues);
  for (const message of parsed.messages) {
    await deps.window.touch(message.address, message.receivedAt);
    await deps.accept(message);
  }
  let statuses = 0;
  for (const status of parsed.statuses) {
    if (await deps.recordDelivery(deps.channel, status.platformId, status.status, status.at, status.errorCode !== undefined ? String(status.errorCode) : undefined)) statuses++;
    if (status.errorCode === 131047 && status.recipient) await deps.window.close(status.recipient);
  }
  return { messages: parsed.messages.length, statuses };
}
