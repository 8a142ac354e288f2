import type { ContactStore } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';

/**
 * The posyandu a contact may change the schedule of: their own, and only while the staff registry
 * lists their phone as kader of it. What the contact typed or stored in a flow never counts.
 *
 * @example
 * await kaderPosyandu(deps, 'c_0003'); // 'psy-mawar' for Bu Ani, null for a parent or a removed kader
 */
export async function kaderPosyandu(deps: { contacts: Pick<ContactStore, 'get'>; registry: Pick<RegistryStore, 'personByPhone'> }, contactId: string): Promise<string | null> {
  const contact = await deps.contacts.get(contactId);
  if (contact?.role !== 'kader' || !contact.phone || !contact.posyanduId) return null;
  const person = await deps.registry.personByPhone(contact.phone);
  if (person?.role !== 'kader' || !person.posyanduIds.includes(contact.posyanduId)) return null;
  return contact.posyanduId;
}
