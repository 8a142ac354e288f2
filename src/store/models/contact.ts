import type { Contact as ContactDoc } from '../../app/contacts/contact-records.js';
import type { SessionState } from '../../engine/index.js';
import { Schema, type Connection, type Model } from 'mongoose';
import { sealedFields, type SealedFields } from '../sealed-fields.js';

/**
 * As stored: phone and last address sealed, `phoneKey` the phone's lookup key (`none:<_id>` without
 * one), and the conversation's session in the same document, so a turn reads both in one round trip.
 */
type StoredContact = ContactDoc & { phoneKey: string; session?: SessionState; sessionAt?: Date };

/**
 * Personal data sealed at rest (see src/store/sealed-fields.ts). A phone is looked up within its
 * contact's origin: the simulator's contacts and the real channels' never find each other by phone.
 */
export const CONTACT_SEALED: SealedFields = { fields: ['phone', 'lastAddress'], phone: 'phone', scope: { field: 'origin', plain: 'platform' }, inArrays: { unreachable: ['address'] }, json: ['session'] };

const schema = new Schema<StoredContact>(
  {
    _id: { type: String, required: true },
    phone: { type: String, default: null },
    // One contact per phone, whatever form it came in: creation inserts and catches the duplicate.
    phoneKey: { type: String, unique: true },
    origin: { type: String, required: true, default: 'platform' },
    lang: { type: String, required: true, default: 'id' },
    role: { type: String, default: null },
    consentAt: { type: Date, default: null },
    consentVersion: { type: Number, default: null },
    optedOut: { type: Boolean, default: false },
    timezone: { type: String, default: 'Asia/Jakarta' },
    posyanduId: { type: String, default: null, index: true },
    rw: { type: String, default: null },
    kelurahanId: { type: String, default: null },
    lastChannel: { type: String, default: null },
    lastAddress: { type: String, default: null },
    reminderKinds: { type: [String], default: null },
    unreachable: { type: [{ _id: false, channel: String, address: String, reason: String, at: Date }], default: [] },
    groups: { type: [String], default: [] },
    pregnantUntil: { type: Date, default: null },
    // A session's variables hold children's names and what people typed: sealed whole (`json` above).
    // Read only where a turn asks for it (`+session`): other reads of contacts need not open it.
    session: { type: Schema.Types.Mixed, select: false },
    sessionAt: { type: Date, select: false },
  },
  { timestamps: true, versionKey: false, autoIndex: false, collection: 'contacts' },
);
schema.plugin(sealedFields, CONTACT_SEALED);

export function contactModel(connection: Connection): Model<StoredContact> {
  return connection.models.Contact ?? connection.model<StoredContact>('Contact', schema);
}

/** Personal data sealed at rest: a WhatsApp address is a phone number. */
export const ADDRESS_SEALED: SealedFields = { fields: ['address'] };

/**
 * Maps (channel, address) to a contact: one unique key per address keeps creation race-free. The
 * `_id` is the address's lookup key (`addressIdOf`), never the address itself (a phone number on
 * WhatsApp); the address is sealed, for sending and for erasing a contact's messages.
 */
export interface ContactAddressDoc {
  _id: string;
  contactId: string;
  channel: string;
  address: string;
}

const addressSchema = new Schema<ContactAddressDoc>(
  {
    _id: { type: String, required: true },
    contactId: { type: String, required: true, index: true },
    channel: { type: String, required: true },
    address: { type: String, required: true },
  },
  { versionKey: false, autoIndex: false, collection: 'contact_addresses' },
);
addressSchema.plugin(sealedFields, ADDRESS_SEALED);

export function contactAddressModel(connection: Connection): Model<ContactAddressDoc> {
  return connection.models.ContactAddress ?? connection.model<ContactAddressDoc>('ContactAddress', addressSchema);
}
