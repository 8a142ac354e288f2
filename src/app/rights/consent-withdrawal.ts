import type { Contact } from '../contacts/contact-records.js';
import type { ChildStore } from '../children/child-ports.js';

/**
 * What a withdrawn contact keeps: their addresses, number and language (to recognise them and answer
 * in their language), and the opt-out that every sender already honours. Consent, role, place,
 * household facts and reminder choices go: nothing a broadcast, reminder, Pusling notice or alert
 * could select them by is left.
 */
export const WITHDRAWN: Partial<Contact> = {
  consentAt: null,
  consentVersion: null,
  optedOut: true,
  role: null,
  posyanduId: null,
  rw: null,
  kelurahanId: null,
  reminderKinds: null,
  groups: [],
  pregnantUntil: null,
};

/** A withdrawn contact: no consent and opted out. Senders check it rather than trusting one filter. */
export function hasWithdrawn(contact: Pick<Contact, 'consentAt' | 'optedOut'>): boolean {
  return contact.consentAt === null && contact.optedOut;
}

/**
 * What erasing or withdrawing a contact will do to their children, read before it is done: children
 * only they care for are erased with their measurements (no alert, escalation or Pusling list can
 * name them afterwards); children others also care for stay for those others, unlinked from this
 * contact. The audit log and the turn's event keep these counts, never a name. The erasure itself is
 * the `contact.erase` effect (`src/app/contacts/contact-effect-handlers.ts`).
 *
 * @example
 * await childrenLeft(deps, 'c_0001'); // { childrenErased: 2, childrenKept: 0 }
 */
export async function childrenLeft(deps: { children: Pick<ChildStore, 'ofCaregiver'> }, contactId: string): Promise<{ childrenErased: number; childrenKept: number }> {
  const children = await deps.children.ofCaregiver(contactId);
  const childrenErased = children.filter((child) => child.caregiverIds.length <= 1).length;
  return { childrenErased, childrenKept: children.length - childrenErased };
}
