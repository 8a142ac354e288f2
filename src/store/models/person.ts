import type { Person as PersonDoc } from '../../app/records.js';
import { Schema, type Connection, type Model } from 'mongoose';

const schema = new Schema<PersonDoc>(
  {
    _id: { type: String, required: true },
    phone: { type: String, required: true, unique: true },
    role: { type: String, required: true },
    name: { type: String, default: '' },
    posyanduIds: { type: [String], default: [] },
    kelurahanIds: { type: [String], default: [] },
    puskesmasIds: { type: [String], default: [] },
    duties: { type: [String], default: [] },
  },
  { versionKey: false, collection: 'people' },
);

export function personModel(connection: Connection): Model<PersonDoc> {
  return connection.models.Person ?? connection.model<PersonDoc>('Person', schema);
}
