import type { Actor } from '../../domain/escalation/area.js';
import type { ActionContext, ContactView } from '../../engine/index.js';
import { asTurnSees } from './contact-effects.js';
import type { Contact } from './contact-records.js';
import type { ContactStore } from './contact-ports.js';
import type { Person } from '../registry/registry-records.js';
import type { RegistryStore } from '../registry/registry-ports.js';

/**
 * Who is asking: the contact, the registry entry that backs a staff role, and the domain's actor
 * (id: the contact; areas: a staff member's from the registry, never from what they typed; a
 * parent's posyandu from their contact).
 */
export interface Asker {
  contact: Contact;
  /** Only when the registry entry of the contact's phone has the contact's role. */
  person: Person | null;
  actor: Actor;
}

export type AskerDeps = { contacts: Pick<ContactStore, 'get'>; registry: Pick<RegistryStore, 'personByPhone'> };

/**
 * The one answer to "who is asking" that growth, escalation and Pusling build on. Null when there is
 * no contact or it has no role yet. A staff role the registry does not back (the number was removed,
 * or given another role) keeps the role but covers no area. In a turn, `turn` (the engine's picture of
 * the contact) supplies a role recognised earlier in the same turn.
 *
 * @example
 * const asker = await askerOf(deps, 'c_0003'); // { actor: { id: 'c_0003', role: 'kader', posyanduIds: ['psy-mawar'], … }, person: … }
 */
export async function askerOf(deps: AskerDeps, contactId: string, turn?: Pick<ContactView, 'role' | 'facts'>): Promise<Asker | null> {
  const stored = await deps.contacts.get(contactId);
  const contact = turn ? asTurnSees(stored, turn) : stored;
  if (!contact?.role) return null;
  if (contact.role === 'parent') return { contact, person: null, actor: { id: contact._id, role: 'parent', posyanduIds: contact.posyanduId ? [contact.posyanduId] : [] } };
  const found = contact.phone ? await deps.registry.personByPhone(contact.phone) : null;
  const person = found?.role === contact.role ? found : null;
  return { contact, person, actor: { id: contact._id, role: contact.role, ...(person ? areasOf(person) : {}) } };
}

/**
 * Who asks in an action's turn, resolved once per turn and shared by its actions: again only when an
 * earlier step changed the role or place the turn sees. Outside a turn, read directly.
 *
 * @example
 * const asker = await askerIn(deps, context); // the same object for every action of the turn
 */
export function askerIn(deps: AskerDeps, context: Pick<ActionContext, 'contact' | 'once'>): Promise<Asker | null> {
  const { contact, once } = context;
  const load = () => askerOf(deps, contact.id, contact);
  if (!once) return load();
  const place = (['posyanduId', 'kelurahanId', 'rw'] as const).map((key) => String(contact.facts[key] ?? ''));
  return once(['asker', contact.id, contact.role ?? '', ...place].join('|'), load);
}

/** The areas a staff member covers: the registry's, never what they typed. */
export function areasOf(person: Person): Pick<Actor, 'posyanduIds' | 'kelurahanIds' | 'puskesmasIds'> {
  return { posyanduIds: person.posyanduIds, kelurahanIds: person.kelurahanIds, puskesmasIds: person.puskesmasIds };
}
