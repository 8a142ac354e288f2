import type { mongo } from 'mongoose';
import { isDuplicateKey } from './connect.js';
import { addressKeysOf, sealOf } from './sealed-fields.js';
import type { Models } from './store.js';

type Document = mongo.Document;

/**
 * Address documents keyed by anything but the current key's lookup key (`whatsapp-cloud:+62…` from
 * before addresses were hashed, or the previous key's after a rotation) move to their current key.
 * When the current key is already there (written since), the older document just goes. How many moved.
 *
 * @example
 * await rekeyAddresses(models); // 0 when nothing is left to do
 */
export async function rekeyAddresses(models: Models): Promise<number> {
  const seal = sealOf(models.connection);
  const addresses = models.addresses.collection;
  let moved = 0;
  for await (const doc of addresses.find({ _id: { $not: new RegExp(`^${seal.keyId}:`) } } as Document)) {
    const address = seal.open(String(doc.address));
    const key = addressKeysOf(seal, String(doc.channel), address)[0]!;
    try {
      await addresses.insertOne({ _id: key as never, contactId: doc.contactId, channel: doc.channel, address: seal.seal(address) });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    await addresses.deleteOne({ _id: doc._id });
    moved += 1;
  }
  return moved;
}

/** Inbound messages without their address's current lookup key get it, so a contact's erasure finds them. */
export async function rekeyInbound(models: Models): Promise<number> {
  const seal = sealOf(models.connection);
  const inbound = models.inbound.collection;
  let rekeyed = 0;
  const stale = { $or: [{ addressKey: { $exists: false } }, { addressKey: null }, { addressKey: { $not: new RegExp(`^${seal.keyId}:`) } }] };
  for await (const doc of inbound.find(stale as Document, { projection: { channel: 1, address: 1 } })) {
    if (typeof doc.address !== 'string') continue;
    await inbound.updateOne({ _id: doc._id }, { $set: { addressKey: addressKeysOf(seal, String(doc.channel), seal.open(doc.address))[0] } });
    rekeyed += 1;
  }
  return rekeyed;
}
