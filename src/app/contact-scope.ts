import type { Channel } from './channel-port.js';
import type { ContactOrigin } from './contacts/contact-records.js';

/**
 * The origin of the contacts a channel makes. A channel that keeps its own contacts (the simulator,
 * where anyone with the token can type any number) makes `simulator` contacts; the store joins a
 * phone only within one origin, so the simulator never reaches a WhatsApp or Telegram family's
 * contact, and a later real message from a number typed into the simulator never reaches the
 * simulator's contact (its children, its transcript).
 *
 * @example
 * originOf(simulatorChannel); // 'simulator'
 */
export function originOf(channel: Pick<Channel, 'keepsOwnContacts'> | undefined): ContactOrigin {
  return channel?.keepsOwnContacts ? 'simulator' : 'platform';
}
