import type { ContactView } from '../engine/index.js';
import type { Contact } from './contacts/contact-records.js';

/**
 * The engine's read-only picture of a contact: no phone number, no name.
 *
 * @example
 * toContactView(contact).consented; // true once consent was recorded
 */
export function toContactView(contact: Contact): ContactView {
  return {
    id: contact._id,
    lang: contact.lang,
    role: contact.role,
    consented: contact.consentAt !== null,
    optedOut: contact.optedOut,
    timezone: contact.timezone,
    facts: { posyanduId: contact.posyanduId, kelurahanId: contact.kelurahanId, rw: contact.rw },
  };
}
