import type { Child as ChildDoc } from '../../app/children/child-records.js';
import { Schema, type Connection, type Model } from 'mongoose';
import { sealedFields, type SealedFields } from '../sealed-fields.js';

/** Personal data sealed at rest (see src/store/sealed-fields.ts); a corrected name's old and new value too. */
export const CHILD_SEALED: SealedFields = { fields: ['name'], inArrays: { corrections: ['from', 'to'] } };

const schema = new Schema<ChildDoc>(
  {
    _id: { type: String, required: true },
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    sex: { type: Number, required: true },
    birthDate: { type: String, required: true },
    posyanduId: { type: String, default: null, index: true },
    kelurahanId: { type: String, default: null },
    rw: { type: String, default: null },
    caregiverIds: { type: [String], default: [] },
    createdAt: { type: Date, required: true },
    corrections: { type: [{ _id: false, id: String, at: Date, by: String, field: String, from: Schema.Types.Mixed, to: Schema.Types.Mixed }], default: [] },
  },
  { versionKey: false, collection: 'children' },
);
schema.plugin(sealedFields, CHILD_SEALED);

export function childModel(connection: Connection): Model<ChildDoc> {
  return connection.models.Child ?? connection.model<ChildDoc>('Child', schema);
}
