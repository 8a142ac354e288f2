import type { AppDeps } from '../ports.js';
import type { Contact } from '../records.js';

type Deps = Pick<AppDeps, 'contacts' | 'children' | 'messages' | 'sessions' | 'screenings' | 'pregnancies'> & { escalation: Pick<AppDeps['escalation'], 'audit'> };

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
 * Withdraws a parent's consent (UU PDP): processing of their family's data stops. Children only they
 * care for are erased with their measurements (no alert, escalation or Pusling list can name them
 * afterwards); children others also care for stay for those others, unlinked from this contact; the
 * chat history and the session go. The audit log keeps the fact and the counts, never a name.
 *
 * @example
 * await withdrawConsent(deps, 'c_0001', now); // { childrenErased: 2, childrenKept: 0 }
 */
export async function withdrawConsent(deps: Deps, contactId: string, now: Date): Promise<{ childrenErased: number; childrenKept: number }> {
  const addresses = await deps.contacts.addresses(contactId);
  const children = await deps.children.removeCaregiver(contactId);
  // Their own health data (screenings, a registered pregnancy) goes with the consent it rested on.
  await deps.screenings.eraseOf(contactId);
  await deps.pregnancies.erase(contactId);
  await deps.contacts.update(contactId, WITHDRAWN);
  await deps.messages.eraseFor(contactId, addresses);
  await deps.sessions.delete(contactId);
  const counts = { childrenErased: children.erased, childrenKept: children.kept };
  await deps.escalation.audit.record({ _id: `aud-cw-${contactId}-${now.getTime()}`, at: now, actor: contactId, action: 'consent.withdraw', subject: contactId, data: counts });
  return counts;
}
