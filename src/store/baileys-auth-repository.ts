import type { BaileysAuthDoc } from './models/baileys-auth.js';
import type { DataSeal } from './data-seal.js';
import { sealOf } from './sealed-fields.js';
import type { Models } from './store.js';

/** One write: a string value, or null to delete the entry. */
export interface AuthEntry {
  type: string;
  id: string;
  value: string | null;
}

type AuthModels = Pick<Models, 'baileysAuth' | 'connection'>;

/** `<session>|<type>|<entry>`: the entry by its lookup key, never as written (LID→PN ids are phone numbers). */
function docIds(seal: DataSeal, session: string, type: string, id: string): string[] {
  return seal.lookups(`baileys\0${type}\0${id}`).map((key) => `${session}|${type}|${key}`);
}

/** How an entry was stored before entries were sealed: its id in clear. */
function legacyId(session: string, type: string, id: string): string {
  return `${session}|${type}|${id}`;
}

/**
 * Key-value storage for WhatsApp (Baileys) sessions: creds and signal keys, each its own document,
 * written on every change. It knows nothing of Baileys; the channel serialises values. Entry ids and
 * values are sealed with the data key: the LID→PN map is keyed by phone numbers.
 *
 * @example
 * await auth.write('default', [{ type: 'creds', id: '', value: '{"registered":true}' }]);
 * (await auth.read('default', 'creds', [''])).get(''); // '{"registered":true}'
 */
export class BaileysAuthRepository {
  constructor(private readonly models: AuthModels) {}

  private get model() {
    return this.models.baileysAuth;
  }

  private get seal(): DataSeal {
    return sealOf(this.models.connection);
  }

  async read(session: string, type: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const seal = this.seal;
    const wanted = ids.flatMap((id) => [...docIds(seal, session, type, id), legacyId(session, type, id)]);
    const docs = await this.model.find({ _id: { $in: wanted } }).lean<BaileysAuthDoc[]>();
    return this.entries(session, type, docs);
  }

  /** Every entry of one type (the LID→PN map at start-up). */
  async readAll(session: string, type: string): Promise<Map<string, string>> {
    const docs = await this.model.find({ session, type }).lean<BaileysAuthDoc[]>();
    return this.entries(session, type, docs);
  }

  async write(session: string, entries: readonly AuthEntry[], at: Date = new Date()): Promise<void> {
    if (!entries.length) return;
    const seal = this.seal;
    await this.model.bulkWrite(
      entries.map((entry) => {
        const [_id, ...older] = docIds(seal, session, entry.type, entry.id);
        return entry.value === null
          ? { deleteMany: { filter: { _id: { $in: [_id!, ...older, legacyId(session, entry.type, entry.id)] } } } }
          : { replaceOne: { filter: { _id: _id! }, replacement: { _id: _id!, session, type: entry.type, key: seal.seal(entry.id), value: seal.seal(entry.value), updatedAt: at }, upsert: true } };
      }),
      { ordered: true },
    );
  }

  /** Forgets a session (after WhatsApp logged it out): the next start pairs anew. */
  async clear(session: string, keep: readonly string[] = []): Promise<void> {
    await this.model.deleteMany({ session, type: { $nin: [...keep] } });
  }

  /**
   * Entries stored in clear (before sealing) or under the previous key move to the current key's
   * id, sealed; run at start-up and by the reseal script. How many moved.
   */
  async rekey(): Promise<number> {
    const seal = this.seal;
    let moved = 0;
    for await (const doc of this.model.find({}).lean<BaileysAuthDoc>().cursor()) {
      const id = doc.key !== undefined ? seal.open(doc.key) : doc._id.slice(legacyId(doc.session, doc.type, '').length);
      const [current] = docIds(seal, doc.session, doc.type, id);
      if (doc._id === current && seal.isCurrent(doc.value) && doc.key !== undefined && seal.isCurrent(doc.key)) continue;
      // An entry written since under the current key is newer than this one: this one just goes.
      const newer = doc._id !== current && (await this.model.exists({ _id: current! })) !== null;
      if (!newer) await this.write(doc.session, [{ type: doc.type, id, value: seal.open(doc.value) }], doc.updatedAt);
      if (doc._id !== current) await this.model.deleteOne({ _id: doc._id });
      moved += 1;
    }
    return moved;
  }

  /** Opened entries; a sealed document wins over a legacy one of the same entry. */
  private entries(session: string, type: string, docs: readonly BaileysAuthDoc[]): Map<string, string> {
    const seal = this.seal;
    const prefix = legacyId(session, type, '');
    const ordered = [...docs].sort((a, b) => Number(a.key !== undefined) - Number(b.key !== undefined));
    return new Map(ordered.map((doc) => [doc.key !== undefined ? seal.open(doc.key) : doc._id.slice(prefix.length), seal.open(doc.value)]));
  }
}
