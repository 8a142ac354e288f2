import type { Contact, UnreachableAddress } from './contacts/contact-records.js';

/**
 * Addresses a channel refused for good (the person blocked the bot, the chat is gone). Sending there
 * again only fails again, so reminders and broadcasts skip them until the person writes again.
 *
 * @example
 * if (!isReachable(contact)) return; // skip this contact in a broadcast
 */
export function isReachable(contact: Pick<Contact, 'lastChannel' | 'lastAddress' | 'unreachable'>): boolean {
  if (!contact.lastChannel || !contact.lastAddress) return false;
  return !isUnreachable(contact, contact.lastChannel, contact.lastAddress);
}

/** @example isUnreachable(contact, 'telegram', '42'); // true after the bot was blocked there */
export function isUnreachable(contact: Pick<Contact, 'unreachable'>, channel: string, address: string): boolean {
  return (contact.unreachable ?? []).some((u) => u.channel === channel && u.address === address);
}

/**
 * The contact's list with this address marked unreachable (replacing an older mark).
 *
 * @example
 * await contacts.update(id, { unreachable: markUnreachable(contact, 'telegram', '42', 'blocked', now) });
 */
export function markUnreachable(contact: Pick<Contact, 'unreachable'>, channel: string, address: string, reason: string, at: Date): UnreachableAddress[] {
  return [...withoutAddress(contact, channel, address), { channel, address, reason, at }];
}

/**
 * The patch that clears the mark when the person writes from that address again (they unblocked
 * the bot); empty when there was no mark.
 *
 * @example
 * await contacts.update(id, { lastChannel: 'telegram', lastAddress: '42', ...reachableAgain(contact, 'telegram', '42') });
 */
export function reachableAgain(contact: Pick<Contact, 'unreachable'>, channel: string, address: string): { unreachable?: UnreachableAddress[] } {
  return isUnreachable(contact, channel, address) ? { unreachable: withoutAddress(contact, channel, address) } : {};
}

function withoutAddress(contact: Pick<Contact, 'unreachable'>, channel: string, address: string): UnreachableAddress[] {
  return (contact.unreachable ?? []).filter((u) => u.channel !== channel || u.address !== address);
}
