import type { SessionState } from '../engine/index.js';
import type { Models } from './store.js';

/**
 * A contact's session, kept in the contact's own document (sealed whole): the turn that reads the
 * contact gets the session in the same round trip (`ContactsRepository.findByAddressWithSession`).
 * Written only while the contact's lock is held.
 */
export class SessionsRepository {
  constructor(private readonly models: Models) {}

  async load(contactId: string): Promise<SessionState | null> {
    const doc = await this.models.contacts.findById(contactId, { session: 1 }).lean<{ session?: SessionState }>();
    return doc?.session ?? null;
  }

  /** A contact gone (erased meanwhile) takes no session: nobody could find it again. */
  async save(state: SessionState, at: Date): Promise<void> {
    await this.models.contacts.updateOne({ _id: state.contactId }, { $set: { session: state, sessionAt: at } });
  }

  async delete(contactId: string): Promise<void> {
    await this.models.contacts.updateOne({ _id: contactId }, { $unset: { session: 1, sessionAt: 1 } });
  }
}
