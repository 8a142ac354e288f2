import type { mongo } from 'mongoose';
import type { Models } from './store.js';

type Document = mongo.Document;

/**
 * Sessions stored in their own collection (before a contact's document held its session) move into
 * their contact's document, sealed as they were; a contact that already has one keeps its own, and a
 * session whose contact is gone goes. How many moved.
 *
 * @example
 * await moveSessionsIntoContacts(models); // 0 when nothing is left to do
 */
export async function moveSessionsIntoContacts(models: Models): Promise<number> {
  const sessions = models.sessions.collection;
  const contacts = models.contacts.collection;
  let moved = 0;
  for await (const doc of sessions.find({})) {
    const result = await contacts.updateOne({ _id: doc._id, session: { $exists: false } } as Document, { $set: { session: doc.state, sessionAt: doc.updatedAt } });
    moved += result.modifiedCount;
    await sessions.deleteOne({ _id: doc._id });
  }
  return moved;
}
