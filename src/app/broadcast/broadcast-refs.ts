import { outboundId } from '../outbound.js';

/**
 * Deterministic refs: the outbound record of a recipient, a progress message and the report get the
 * same ids however often a crashed job is redone, so nothing is recorded twice.
 *
 * @example
 * recipientRef('bc_1', 'c_9'); // 'broadcast|bc_1|c_9'
 */
export function recipientRef(broadcastId: string, contactId: string): string {
  return `broadcast|${broadcastId}|${contactId}`;
}

/** @example recipientOutboundId('bc_1', 'c_9'); // 'out_…_0' */
export function recipientOutboundId(broadcastId: string, contactId: string): string {
  return outboundId(recipientRef(broadcastId, contactId), 0);
}

/** @example progressRef('bc_1', 2); // 'broadcast-progress|bc_1|2' */
export function progressRef(broadcastId: string, quarter: number): string {
  return `broadcast-progress|${broadcastId}|${quarter}`;
}

/** @example reportRef('bc_1'); // 'broadcast-report|bc_1' */
export function reportRef(broadcastId: string): string {
  return `broadcast-report|${broadcastId}`;
}
