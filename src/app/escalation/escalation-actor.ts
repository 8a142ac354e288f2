import type { Actor } from '../../domain/escalation/index.js';
import type { Contact } from '../contacts/contact-records.js';
import type { ContactStore } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';

/**
 * The contact as the escalation rules see them: role and areas. Staff areas come from the registry
 * entry of their phone number, never from what they typed; a parent's from their posyandu.
 *
 * @example
 * const { actor } = await escalationActor(deps, 'c_0003'); // { id: 'c_0003', role: 'kader', posyanduIds: ['psy-mawar'], … }
 */
export async function escalationActor(deps: { contacts: Pick<ContactStore, 'get'>; registry: RegistryStore }, contactId: string): Promise<{ contact: Contact | null; actor: Actor | null }> {
  const contact = await deps.contacts.get(contactId);
  if (!contact?.role) return { contact, actor: null };
  if (contact.role === 'parent') return { contact, actor: { id: contact._id, role: 'parent', posyanduIds: contact.posyanduId ? [contact.posyanduId] : [] } };
  const person = contact.phone ? await deps.registry.personByPhone(contact.phone) : null;
  if (!person || person.role !== contact.role) return { contact, actor: { id: contact._id, role: contact.role } };
  return {
    contact,
    actor: { id: contact._id, role: contact.role, posyanduIds: person.posyanduIds, kelurahanIds: person.kelurahanIds, puskesmasIds: person.puskesmasIds },
  };
}
