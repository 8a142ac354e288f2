import type { DeliveryStatus } from './messages/message-records.js';

const RANK: Record<DeliveryStatus, number> = { sent: 1, delivered: 2, read: 3, failed: 1.5 };

/**
 * Whether a receipt may replace the status a message has: forwards only (read > delivered > sent).
 * A failure counts only before the message was delivered; after a failure nothing moves it.
 *
 * @example
 * deliveryMovesForward('delivered', 'sent'); // false
 * deliveryMovesForward('sent', 'read'); // true
 */
export function deliveryMovesForward(current: DeliveryStatus | null | undefined, next: DeliveryStatus): boolean {
  if (!current) return true;
  if (current === 'failed') return false;
  return RANK[next] > RANK[current];
}

/**
 * The statuses (null for none yet) from which `next` may be applied, for a conditional update.
 *
 * @example
 * previousDeliveryStatuses('read'); // [null, 'sent', 'delivered']
 */
export function previousDeliveryStatuses(next: DeliveryStatus): Array<DeliveryStatus | null> {
  const all: DeliveryStatus[] = ['sent', 'delivered', 'read', 'failed'];
  return [null, ...all.filter((current) => deliveryMovesForward(current, next))];
}
