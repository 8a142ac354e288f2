import type { Lang } from '../../shared/lang.js';
import type { Contact, ContactOrigin } from './contact-records.js';
import type { SessionState } from '../../engine/index.js';

/**
 * Contacts as stored (`src/store` implements it). A contact's changes go through the contact
 * effects (`contact-effects.ts`), applied by the commit; turns only read.
 *
 * @example
 * const contact = await contacts.findByAddress('telegram', '12345');
 */
export interface ContactStore {
  get(id: string): Promise<Contact | null>;
  /**
   * The contact with this phone among contacts of `origin`; without one, the contact a registered
   * phone is reached on: its real channels' contact, else (the demo) its simulator contact.
   */
  findByPhone(phone: string, origin?: ContactOrigin): Promise<Contact | null>;
  findByAddress(channel: string, address: string): Promise<Contact | null>;
  /** The contact at an address and its session, read together: what a turn starts from. */
  findByAddressWithSession(channel: string, address: string): Promise<{ contact: Contact; session: SessionState | null } | null>;
  /** The contact and its session in one read (they are one document). */
  getWithSession(id: string): Promise<{ contact: Contact; session: SessionState | null } | null>;
  /** A phone joins only a contact of the same origin (default `platform`). */
  findOrCreate(where: { channel: string; address: string; phone: string | null; origin?: ContactOrigin }, defaults: { id: string; lang: Lang; timezone: string }): Promise<Contact>;
  update(id: string, patch: Partial<Omit<Contact, '_id' | 'createdAt' | 'updatedAt'>>): Promise<void>;
  addresses(id: string): Promise<Array<{ channel: string; address: string }>>;
  /** Points a channel address at another contact (the same person found on a second channel). */
  moveAddress(channel: string, address: string, contactId: string): Promise<void>;
  erase(id: string): Promise<void>;
  /** Erases pregnancy flags whose time ran out (least data: not kept past their use); how many. */
  forgetLapsedPregnancies(now: Date): Promise<number>;
}

/**
 * Contacts as an action reads them: no method that changes one (a change is a contact effect).
 *
 * @example
 * const reads: ContactReads = deps.contacts; // a ContactStore fits; `reads.update` does not compile
 */
export type ContactReads = Pick<ContactStore, 'get' | 'findByPhone' | 'findByAddress' | 'addresses'>;
