import type { ContactStore } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { Child } from '../children/child-records.js';
import type { Role } from '../../shared/role.js';

/** Who is asking, with the places their role covers. */
export interface Actor {
  contactId: string;
  role: Role | null;
  posyanduIds: readonly string[];
  puskesmasIds: readonly string[];
  /** Decides what "today" is for this contact. */
  timezone: string;
}

/**
 * Finds the places a contact's role covers: a kader's posyandu and a puskesmas officer's puskesmas
 * come from the staff registry, never from what the contact typed.
 *
 * @example
 * const actor = await actorOf(deps, 'c-demo-kader'); // { role: 'kader', posyanduIds: ['psy-mawar'], … }
 */
export async function actorOf(deps: { contacts: Pick<ContactStore, 'get'>; registry: Pick<RegistryStore, 'personByPhone'> }, contactId: string): Promise<Actor> {
  const contact = await deps.contacts.get(contactId);
  const role = contact?.role ?? null;
  const person = role && role !== 'parent' && contact?.phone ? await deps.registry.personByPhone(contact.phone) : null;
  return { contactId, role, posyanduIds: person?.posyanduIds ?? [], puskesmasIds: person?.puskesmasIds ?? [], timezone: contact?.timezone ?? 'Asia/Jakarta' };
}

/**
 * A parent only their own children; a kader only children of their posyandu; puskesmas staff
 * children served by their puskesmas; a lurah never a named child.
 *
 * @example
 * await canSeeChild(deps, actor, child); // false for a parent who is not a caregiver
 */
export async function canSeeChild(deps: { registry: Pick<RegistryStore, 'posyandu'> }, actor: Actor, child: Child): Promise<boolean> {
  switch (actor.role) {
    case 'parent':
      return child.caregiverIds.includes(actor.contactId);
    case 'kader':
      return child.posyanduId !== null && actor.posyanduIds.includes(child.posyanduId);
    case 'puskesmas': {
      if (child.posyanduId === null) return false;
      const posyandu = await deps.registry.posyandu(child.posyanduId);
      return posyandu !== null && actor.puskesmasIds.includes(posyandu.puskesmasId);
    }
    default:
      return false;
  }
}
