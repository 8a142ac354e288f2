import type { Actor } from '../../domain/escalation/area.js';
import { areasOf, type Asker } from '../contacts/asker.js';
import type { Contact } from '../contacts/contact-records.js';
import type { Person } from '../registry/registry-records.js';

/** The duty that makes a puskesmas officer the Pusling coordinator. */
export const PUSLING_DUTY = 'pusling';

/** Who is acting on Pusling requests: the domain's actor, and the contact and registry entry behind it. */
export interface PuslingActor {
  actor: Actor;
  contact: Contact | null;
  person: Person | null;
  /** A puskesmas officer with the `pusling` duty: may triage and decide. */
  coordinator: boolean;
}

/**
 * The actor for a staff person: areas come from the staff registry, never from what they typed;
 * the id is the registry id, the same on every channel.
 *
 * @example
 * staffActor(person).actor; // { id: 'per-kader-ani', role: 'kader', posyanduIds: ['psy-mawar'], … }
 */
export function staffActor(person: Person, contact: Contact | null = null): PuslingActor {
  return {
    actor: { id: person._id, role: person.role, ...areasOf(person) },
    contact,
    person,
    coordinator: person.role === 'puskesmas' && person.duties.includes(PUSLING_DUTY),
  };
}

/**
 * The actor behind a chat contact's asker: staff by their registry entry; a parent by their posyandu.
 * Null when the contact has no role yet, or a staff role the registry no longer backs.
 *
 * @example
 * puslingActorFrom(await askerIn(deps, context)); // the kader Bu Ani
 */
export function puslingActorFrom(asker: Asker | null): PuslingActor | null {
  if (!asker) return null;
  if (asker.actor.role === 'parent') return { actor: asker.actor, contact: asker.contact, person: null, coordinator: false };
  // Pusling work is done in the registry's name (the same on every channel): staff the registry does not back do none.
  return asker.person ? staffActor(asker.person, asker.contact) : null;
}
