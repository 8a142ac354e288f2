import type { mongo } from 'mongoose';
import { CHILD_SEALED } from './models/child.js';
import { rekeyAddresses, rekeyInbound } from './address-upkeep.js';
import { BaileysAuthRepository } from './baileys-auth-repository.js';
import { BATCH_SEALED } from './models/broadcast.js';
import { ADDRESS_SEALED, CONTACT_SEALED } from './models/contact.js';
import { IMMUNISATION_SEALED } from './models/immunisation.js';
import { INBOUND_SEALED, OUTBOUND_SEALED } from './models/message.js';
import { SESSION_SEALED } from './models/session.js';
import { moveSessionsIntoContacts } from './session-upkeep.js';
import { PERSON_SEALED } from './models/person.js';
import { normalPhone } from './normal-phone.js';
import { hasStale, openJson, phoneKeyOf, sealElement, sealJson, sealOf, spaceOf, type SealedFields } from './sealed-fields.js';
import type { Models } from './store.js';

type Document = mongo.Document;
type Collection<T extends Document> = mongo.Collection<T>;

export interface UpkeepReport {
  /** Documents rewritten: plaintext sealed, or moved from the previous key to the current one. */
  resealed: number;
  /** Contacts folded into another contact with the same phone. */
  merged: number;
}

/**
 * Brings personal data to the current shape: every phone and name sealed under the current key
 * with its lookup key, and contacts that are one phone (written "+62…", "62…" and "0…" before
 * phones were normalised) folded into one. Reads and writes the raw collections, so it also fixes
 * what was stored before sealing existed; sessions still in their own collection move into their
 * contacts' documents first (`moveSessionsIntoContacts`). Safe to run again; runs at start-up before the unique
 * index on `phoneKey` is built, and as `scripts/reseal-data.ts` after a key rotation.
 *
 * @example
 * const { resealed, merged } = await upkeepIdentity(models);
 */
export async function upkeepIdentity(models: Models): Promise<UpkeepReport> {
  let merged = 0;
  const seal = sealOf(models.connection);
  let resealed = await moveSessionsIntoContacts(models);
  const contacts = models.contacts.collection as unknown as Collection<Document>;
  const keyIndexed = (await contacts.listIndexes().toArray().catch(() => [])).some((index) => index.key?.phoneKey !== undefined);
  resealed += await settleOrigins(models);
  const raw = (model: { collection: unknown }) => model.collection as Collection<Document>;
  const specs: Array<[Collection<Document>, SealedFields]> = [
    [contacts, CONTACT_SEALED],
    [raw(models.people), PERSON_SEALED],
    [raw(models.children), CHILD_SEALED],
    [raw(models.addresses), ADDRESS_SEALED],
    [raw(models.inbound), INBOUND_SEALED],
    [raw(models.outbound), OUTBOUND_SEALED],
    [raw(models.broadcastBatches), BATCH_SEALED],
    [raw(models.sessions), SESSION_SEALED],
    // Dose records were stored in clear before they were sealed like screenings.
    [raw(models.immunisations), IMMUNISATION_SEALED],
  ];
  for (const [collection, spec] of specs) {
    const projection = Object.fromEntries([...spec.fields, ...Object.keys(spec.inArrays ?? {}), ...(spec.json ?? []), 'phoneKey', ...(spec.scope ? [spec.scope.field] : [])].map((f) => [f, 1]));
    for await (const doc of collection.find(staleFilter(spec, seal.keyId), { projection })) {
      const patch: Document = {};
      for (const field of spec.fields) {
        const value: unknown = doc[field];
        if (typeof value !== 'string') continue;
        if (field === spec.phone) {
          const phone = normalPhone(seal.open(value));
          if (!seal.isCurrent(value) || phone !== seal.open(value)) patch[field] = seal.seal(phone);
        } else if (!seal.isCurrent(value)) patch[field] = seal.seal(seal.open(value));
      }
      for (const field of spec.json ?? []) {
        const value: unknown = doc[field];
        if (value !== null && value !== undefined && !(typeof value === 'string' && seal.isCurrent(value))) patch[field] = sealJson(seal, value);
      }
      for (const [array, subs] of Object.entries(spec.inArrays ?? {})) {
        const value: unknown = doc[array];
        if (Array.isArray(value) && value.some((element) => hasStale(seal, element, subs))) patch[array] = value.map((element) => sealElement(seal, element, subs));
      }
      if (spec.phone) {
        const phone: unknown = doc[spec.phone];
        const key = phoneKeyOf(seal, typeof phone === 'string' ? seal.open(phone) : null, doc._id, spaceOf(spec, doc));
        if (key !== doc.phoneKey) patch.phoneKey = key;
      }
      if (Object.keys(patch).length === 0) continue;
      // Once the unique index exists, a second contact with this phone cannot take the key: fold it into
      // the holder. Before (first start after upgrade), the merge below folds into the oldest instead.
      const holder = collection === contacts && patch.phoneKey && keyIndexed ? await collection.findOne({ phoneKey: patch.phoneKey, _id: { $ne: doc._id } }, { projection: { _id: 1 } }) : null;
      if (holder) {
        await foldContact(models, String(doc._id), String(holder._id));
        merged += 1;
        continue;
      }
      await collection.updateOne({ _id: doc._id }, { $set: patch });
      resealed += 1;
    }
  }
  resealed += await rekeyAddresses(models);
  resealed += await rekeyInbound(models);
  resealed += await new BaileysAuthRepository(models).rekey();
  // With the unique index in place and nothing rewritten, no two contacts can share a key.
  if (resealed > 0 || !keyIndexed) merged += await mergeSplitContacts(models);
  return { resealed, merged };
}

/**
 * Contacts stored before origins get one: a contact reached only through the simulator is the
 * simulator's (its phone's lookup key moves to the simulator's space, so a real message from that
 * number no longer joins it); any other is the real channels'. Reads only contacts without an origin.
 */
async function settleOrigins(models: Models): Promise<number> {
  const seal = sealOf(models.connection);
  const contacts = models.contacts.collection;
  let settled = 0;
  for await (const doc of contacts.find({ origin: { $exists: false } }, { projection: { _id: 1, phone: 1 } })) {
    const channels = (await models.addresses.collection.find({ contactId: doc._id }, { projection: { channel: 1 } }).toArray()).map((a) => a.channel as string);
    const origin = channels.length > 0 && channels.every((channel) => channel === 'simulator') ? 'simulator' : 'platform';
    const patch: Document = { origin };
    if (origin === 'simulator') patch.phoneKey = phoneKeyOf(seal, typeof doc.phone === 'string' ? seal.open(doc.phone) : null, String(doc._id), spaceOf(CONTACT_SEALED, { origin }));
    await contacts.updateOne({ _id: doc._id }, { $set: patch });
    settled += 1;
  }
  return settled;
}

/**
 * Documents with something to do: a field not sealed under the current key, or a missing or old
 * lookup key. The server filters, so a start-up with nothing to do reads no documents.
 */
function staleFilter(spec: SealedFields, keyId: string): Document {
  const sealedNow = new RegExp(`^enc:v1:${keyId}:`);
  const or: Document[] = spec.fields.map((field) => ({ $and: [{ [field]: { $type: 'string' } }, { [field]: { $not: sealedNow } }] }));
  // An array is written whole, so its elements are sealed alike: one not under the current key means all.
  for (const field of spec.json ?? []) or.push({ $and: [{ [field]: { $ne: null } }, { [field]: { $not: sealedNow } }] });
  for (const [array, subs] of Object.entries(spec.inArrays ?? {})) for (const sub of subs) or.push({ $and: [{ [`${array}.${sub}`]: { $type: 'string' } }, { [`${array}.${sub}`]: { $not: sealedNow } }] });
  if (spec.phone) or.push({ phoneKey: { $exists: false } }, { phoneKey: null }, { $and: [{ phoneKey: { $not: new RegExp(`^${keyId}:`) } }, { phoneKey: { $not: /^none:/ } }] });
  return { $or: or };
}

/** Contacts sharing a lookup key are one phone: the oldest keeps everything, the others go. */
async function mergeSplitContacts(models: Models): Promise<number> {
  const all = await models.contacts.collection.find({}, { projection: { _id: 1, phoneKey: 1, createdAt: 1 } }).toArray();
  const byKey = new Map<string, Array<{ _id: string; createdAt?: Date }>>();
  for (const doc of all) {
    if (typeof doc.phoneKey !== 'string' || doc.phoneKey.startsWith('none:')) continue;
    byKey.set(doc.phoneKey, [...(byKey.get(doc.phoneKey) ?? []), { _id: String(doc._id), createdAt: doc.createdAt as Date | undefined }]);
  }
  let merged = 0;
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const [survivor, ...others] = group.sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0) || a._id.localeCompare(b._id));
    for (const other of others) await foldContact(models, other._id, survivor!._id);
    merged += others.length;
  }
  return merged;
}

/** Fields the survivor takes from the other contact when it has none of its own. */
const FILLED = ['role', 'consentAt', 'consentVersion', 'posyanduId', 'rw', 'kelurahanId', 'reminderKinds', 'pregnantUntil', 'lastChannel', 'lastAddress'] as const;

/**
 * Moves everything of `fromId` to `toId`: addresses, children (as caregiver), measurements it
 * recorded, outbound messages, its session (in its document) if the survivor has none, and the profile fields the
 * survivor lacks; then deletes `fromId`. Inbound messages follow the addresses they are keyed by.
 */
export async function foldContact(models: Models, fromId: string, toId: string): Promise<void> {
  if (fromId === toId) return;
  const contacts = models.contacts.collection;
  const [from, to] = await Promise.all([contacts.findOne({ _id: fromId as never }), contacts.findOne({ _id: toId as never })]);
  if (!from || !to) return;
  await models.addresses.collection.updateMany({ contactId: fromId }, { $set: { contactId: toId } });
  for (const child of await models.children.collection.find({ caregiverIds: fromId }, { projection: { _id: 1 } }).toArray()) {
    await models.children.collection.updateOne({ _id: child._id }, { $addToSet: { caregiverIds: toId } });
    await models.children.collection.updateOne({ _id: child._id }, { $pull: { caregiverIds: fromId } as never });
  }
  await models.measurements.collection.updateMany({ recordedBy: fromId }, { $set: { recordedBy: toId } });
  await models.outbound.collection.updateMany({ contactId: fromId }, { $set: { contactId: toId } });
  const fill: Document = {};
  if (from.session !== null && from.session !== undefined && (to.session === null || to.session === undefined)) {
    // The state is sealed whole: open it to point it at the survivor, seal it again.
    const seal = sealOf(models.connection);
    fill.session = sealJson(seal, { ...(openJson(seal, from.session) as Document), contactId: toId });
    fill.sessionAt = from.sessionAt;
  }
  for (const field of FILLED) if ((to[field] === null || to[field] === undefined) && from[field] !== null && from[field] !== undefined) fill[field] = from[field];
  const groups = [...new Set([...((to.groups as string[] | undefined) ?? []), ...((from.groups as string[] | undefined) ?? [])])];
  if (groups.length !== ((to.groups as string[] | undefined) ?? []).length) fill.groups = groups;
  if (Object.keys(fill).length) await contacts.updateOne({ _id: toId as never }, { $set: fill });
  await contacts.deleteOne({ _id: fromId as never });
}
