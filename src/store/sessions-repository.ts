import type { SessionState } from '../engine/index.js';
import type { Models } from './store.js';

/** One session document per contact; written only while the contact's lock is held. */
export class SessionsRepository {
  constructor(private readonly models: Models) {}

  async load(contactId: string): Promise<SessionState | null> {
    const doc = await this.models.sessions.findById(contactId).lean();
    return (doc?.state as SessionState | undefined) ?? null;
  }

  async save(state: SessionState, at: Date): Promise<void> {
    await this.models.sessions.replaceOne({ _id: state.contactId }, { _id: state.contactId, state, updatedAt: at }, { upsert: true });
  }

  async delete(contactId: string): Promise<void> {
    await this.models.sessions.deleteOne({ _id: contactId });
  }
}
