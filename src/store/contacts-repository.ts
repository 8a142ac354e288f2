import type { Contact as ContactDoc, ContactOrigin } from '../app/contacts/contact-records.js';
import type { SessionState } from '../engine/index.js';
import { AddressCache } from './address-cache.js';
import { CONTACT_SEALED } from './models/contact.js';
import { isDuplicateKey } from './connect.js';
import { normalPhone } from './normal-phone.js';
import { addressKeysOf, byPhone, sealOf, spaceOf } from './sealed-fields.js';
import type { Models } from './store.js';

export type { Contact as ContactDoc } from '../app/contacts/contact-records.js';

const ORIGINS: readonly ContactOrigin[] = ['platform', 'simulator'];

/** Addresses whose contact a process remembers: about 200 bytes each, so 2 MB for a busy worker. */
const REMEMBERED_ADDRESSES = 10_000;

/** The lookup space of an origin's phones (see CONTACT_SEALED): the real channels' is the plain one. */
function spaceOfOrigin(origin: ContactOrigin): string | undefined {
  return spaceOf(CONTACT_SEALED, { origin });
}

/**
 * Contacts and their channel addresses. One person on two channels becomes one contact once the
 * phone number is known on both.
 *
 * @example
 * const contact = await contacts.findOrCreate({ channel: 'simulator', address: '+628111000001', phone: '+628111000001' }, defaults);
 */
export class ContactsRepository {
  constructor(
    private readonly models: Models,
    private readonly owners = new AddressCache(REMEMBERED_ADDRESSES),
  ) {}

  async get(id: string): Promise<ContactDoc | null> {
    return this.models.contacts.findById(id).lean<ContactDoc>();
  }

  /** Within one origin; without one, the real channels' contact first, else the simulator's (see the port). */
  async findByPhone(phone: string, origin?: ContactOrigin): Promise<ContactDoc | null> {
    if (origin) return this.models.contacts.findOne(byPhone(this.models.connection, phone, [spaceOfOrigin(origin)])).lean<ContactDoc>();
    const found = await this.models.contacts.find(byPhone(this.models.connection, phone, ORIGINS.map(spaceOfOrigin))).lean<ContactDoc[]>();
    return found.find((c) => (c.origin ?? 'platform') === 'platform') ?? found[0] ?? null;
  }

  async findByAddress(channel: string, address: string): Promise<ContactDoc | null> {
    const known = await this.findAddress(channel, address);
    return known ? this.get(known.contactId) : null;
  }

  /**
   * The contact at an address with its session (it lives in the contact's document): one read by
   * `_id` when this process has seen the address before and the contact still names it as its last
   * address, else the address document first.
   */
  async findByAddressWithSession(channel: string, address: string): Promise<{ contact: ContactDoc; session: SessionState | null } | null> {
    const guess = this.owners.guess(channel, address);
    if (guess !== undefined) {
      const found = await this.getWithSession(guess);
      if (found && found.contact.lastChannel === channel && found.contact.lastAddress === address) return found;
      this.owners.forget(channel, address);
    }
    const known = await this.findAddress(channel, address);
    const found = known ? await this.getWithSession(known.contactId) : null;
    if (found) this.owners.remember(channel, address, found.contact._id);
    return found;
  }

  /** The contact and its session in one read. */
  async getWithSession(id: string): Promise<{ contact: ContactDoc; session: SessionState | null } | null> {
    const doc = await this.models.contacts.findById(id).select('+session').lean<ContactDoc & { session?: SessionState }>();
    if (!doc) return null;
    const { session, ...contact } = doc;
    return { contact, session: session ?? null };
  }

  /** The address document, by its lookup key: one findById, a second only during a key rotation. */
  private async findAddress(channel: string, address: string): Promise<{ contactId: string } | null> {
    for (const id of this.addressKeys(channel, address)) {
      const known = await this.models.addresses.findById(id, { contactId: 1 }).lean<{ contactId: string }>();
      if (known) return known;
    }
    return null;
  }

  private addressKeys(channel: string, address: string): string[] {
    return addressKeysOf(sealOf(this.models.connection), channel, address);
  }

  /**
   * The contact of a (channel, address), created on first contact. A phone joins the contact that
   * already has it, in whatever form it was written. Creation inserts and catches the duplicate
   * (unique lookup key, unique address), so concurrent first messages make one contact.
   */
  async findOrCreate(
    where: { channel: string; address: string; phone: string | null; origin?: ContactOrigin },
    defaults: { id: string; lang: ContactDoc['lang']; timezone: string },
  ): Promise<ContactDoc> {
    const key = this.addressKeys(where.channel, where.address)[0]!;
    const known = await this.findAddress(where.channel, where.address);
    if (known) {
      const contact = await this.get(known.contactId);
      if (contact) return contact;
    }
    const phone = where.phone ? normalPhone(where.phone) : null;
    const origin = where.origin ?? 'platform';
    const existing = phone ? await this.findByPhone(phone, origin) : null;
    const contactId = existing?._id ?? (await this.insert(phone, origin, where, defaults));
    try {
      await this.models.addresses.create({ _id: key, contactId, channel: where.channel, address: where.address });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // Another instance linked this address first: use theirs, and drop ours if nobody else can find it.
      const winner = await this.models.addresses.findById(key).lean();
      if (!phone && contactId !== winner?.contactId) await this.models.contacts.deleteOne({ _id: contactId });
      if (winner) return (await this.get(winner.contactId))!;
    }
    return (await this.get(contactId))!;
  }

  /** Creates the contact and returns its id; when the phone's contact appeared meanwhile, returns that one's. */
  private async insert(phone: string | null, origin: ContactOrigin, where: { channel: string; address: string }, defaults: { id: string; lang: ContactDoc['lang']; timezone: string }): Promise<string> {
    try {
      await this.models.contacts.create({ _id: defaults.id, phone, origin, lang: defaults.lang, timezone: defaults.timezone, lastChannel: where.channel, lastAddress: where.address });
      return defaults.id;
    } catch (error) {
      if (!isDuplicateKey(error) || !phone) throw error;
      const winner = await this.findByPhone(phone, origin);
      if (!winner) throw error;
      return winner._id;
    }
  }

  async update(id: string, patch: Partial<Omit<ContactDoc, '_id' | 'createdAt' | 'updatedAt'>>): Promise<void> {
    await this.models.contacts.updateOne({ _id: id }, { $set: patch });
  }

  async addresses(id: string): Promise<Array<{ channel: string; address: string }>> {
    return this.models.addresses.find({ contactId: id }, { channel: 1, address: 1, _id: 0 }).lean();
  }

  /**
   * Gives the address to `contactId`. The contact it leaves stops naming it as its last address
   * (another of its addresses, else none), so no process's remembered owner still holds (see
   * `findByAddressWithSession`). Called inside the address's own conversation (linking a phone) or
   * before any runs (the demo's seed), so no turn of that address writes its last address meanwhile.
   */
  async moveAddress(channel: string, address: string, contactId: string): Promise<void> {
    const keys = this.addressKeys(channel, address);
    const [key, ...older] = keys;
    const before = await this.models.addresses.find({ _id: { $in: keys } }, { contactId: 1 }).lean<Array<{ contactId: string }>>();
    // Released first: a crash before the move leaves the address where it was, and its next turn names it again.
    for (const previous of new Set(before.map((doc) => doc.contactId))) if (previous !== contactId) await this.releaseLastAddress(previous, channel, address);
    await this.models.addresses.findOneAndUpdate({ _id: key }, { $set: { contactId, channel, address } }, { upsert: true });
    if (older.length) await this.models.addresses.deleteMany({ _id: { $in: older } });
    this.owners.remember(channel, address, contactId);
  }

  private async releaseLastAddress(contactId: string, channel: string, address: string): Promise<void> {
    const contact = await this.get(contactId);
    if (!contact || contact.lastChannel !== channel || contact.lastAddress !== address) return;
    const other = (await this.addresses(contactId)).find((a) => a.channel !== channel || a.address !== address);
    await this.update(contactId, { lastChannel: other?.channel ?? null, lastAddress: other?.address ?? null });
  }

  async forgetLapsedPregnancies(now: Date): Promise<number> {
    const result = await this.models.contacts.updateMany({ groups: 'pregnant', pregnantUntil: { $lte: now } }, { $pull: { groups: 'pregnant' }, $set: { pregnantUntil: null } });
    return result.modifiedCount;
  }

  /** Erases the contact and every address; children and sessions are the caller's to handle. */
  async erase(id: string): Promise<void> {
    await this.models.addresses.deleteMany({ contactId: id });
    await this.models.contacts.deleteOne({ _id: id });
  }
}
