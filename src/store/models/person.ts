import type { Person as PersonDoc } from '../../app/registry/registry-records.js';
import { Schema, type Connection, type Model } from 'mongoose';
import { sealedFields, type SealedFields } from '../sealed-fields.js';

/** As stored: phone and name sealed, `phoneKey` the phone's lookup key (one person per phone). */
type StoredPerson = PersonDoc & { phoneKey: string };

/** Personal data sealed at rest (see src/store/sealed-fields.ts). */
export const PERSON_SEALED: SealedFields = { fields: ['phone', 'name'], phone: 'phone' };

const schema = new Schema<StoredPerson>(
  {
    _id: { type: String, required: true },
    phone: { type: String, required: true },
    phoneKey: { type: String, unique: true },
    role: { type: String, required: true },
    name: { type: String, default: '' },
    posyanduIds: { type: [String], default: [] },
    kelurahanIds: { type: [String], default: [] },
    puskesmasIds: { type: [String], default: [] },
    duties: { type: [String], default: [] },
  },
  { versionKey: false, autoIndex: false, collection: 'people' },
);
schema.plugin(sealedFields, PERSON_SEALED);

export function personModel(connection: Connection): Model<StoredPerson> {
  return connection.models.Person ?? connection.model<StoredPerson>('Person', schema);
}
