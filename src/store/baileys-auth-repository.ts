import type { BaileysAuthDoc } from './models/baileys-auth.js';
import type { Models } from './store.js';

/** One write: a string value, or null to delete the entry. */
export interface AuthEntry {
  type: string;
  id: string;
  value: string | null;
}

function docId(session: string, type: string, id: string): string {
  return `${session}|${type}|${id}`;
}

/**
 * Key-value storage for WhatsApp (Baileys) sessions: creds and signal keys, each its own document,
 * written on every change. It knows nothing of Baileys; the channel serialises values.
 *
 * @example
 * await auth.write('default', [{ type: 'creds', id: '', value: '{"registered":true}' }]);
 * (await auth.read('default', 'creds', [''])).get(''); // '{"registered":true}'
 */
export class BaileysAuthRepository {
  constructor(private readonly models: Pick<Models, 'baileysAuth'>) {}

  private get model() {
    return this.models.baileysAuth;
  }

  async read(session: string, type: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const docs = await this.model.find({ _id: { $in: ids.map((id) => docId(session, type, id)) } }).lean<BaileysAuthDoc[]>();
    const prefix = docId(session, type, '');
    return new Map(docs.map((doc) => [doc._id.slice(prefix.length), doc.value]));
  }

  /** Every entry of one type (the LID→PN map at start-up). */
  async readAll(session: string, type: string): Promise<Map<string, string>> {
    const docs = await this.model.find({ session, type }).lean<BaileysAuthDoc[]>();
    const prefix = docId(session, type, '');
    return new Map(docs.map((doc) => [doc._id.slice(prefix.length), doc.value]));
  }

  async write(session: string, entries: readonly AuthEntry[], at: Date = new Date()): Promise<void> {
    if (!entries.length) return;
    await this.model.bulkWrite(
      entries.map((entry) => {
        const _id = docId(session, entry.type, entry.id);
        return entry.value === null
          ? { deleteOne: { filter: { _id } } }
          : { replaceOne: { filter: { _id }, replacement: { _id, session, type: entry.type, value: entry.value, updatedAt: at }, upsert: true } };
      }),
      { ordered: true },
    );
  }

  /** Forgets a session (after WhatsApp logged it out): the next start pairs anew. */
  async clear(session: string, keep: readonly string[] = []): Promise<void> {
    await this.model.deleteMany({ session, type: { $nin: [...keep] } });
  }
}
