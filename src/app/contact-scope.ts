import type { Channel } from './channel-port.js';
import type { ContactStore } from './ports.js';

/**
 * The phone a new address may be joined by (`ContactStore.findOrCreate` joins an address to the
 * contact that has its phone). On a channel that keeps its own contacts (the simulator, where anyone
 * with the token can type any number), the phone is used only when no contact has it or the one that
 * has it lives on this channel alone; otherwise the address becomes a contact of its own, without the
 * phone, and never sees another channel's transcript or children.
 *
 * @example
 * await phoneToJoin(contacts, simulatorChannel, '+628111000001'); // null when a WhatsApp contact has it
 */
export async function phoneToJoin(contacts: Pick<ContactStore, 'findByPhone' | 'addresses'>, channel: Channel | undefined, phone: string | null): Promise<string | null> {
  if (!phone || !channel?.keepsOwnContacts) return phone;
  const holder = await contacts.findByPhone(phone);
  if (!holder) return phone;
  const addresses = await contacts.addresses(holder._id);
  return addresses.length > 0 && addresses.every((a) => a.channel === channel.name) ? phone : null;
}
