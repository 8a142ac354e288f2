import type { DoseRecord } from '../../domain/immunisation/index.js';
import { Schema, type Connection, type Model } from 'mongoose';
import { sealedFields, type SealedFields } from '../sealed-fields.js';

/**
 * Health data sealed at rest, like screenings: what was given (`item`) and the day (`givenOn`). Left in
 * clear only what queries need: the child's id, provenance, when it was recorded, the correction links.
 * Records stored before sealing are sealed at start-up (`upkeepIdentity`).
 */
export const IMMUNISATION_SEALED: SealedFields = { fields: ['givenOn'], json: ['item'] };

/**
 * A dose (or vitamin A capsule) given to a child, with who said so, their role and when. It holds
 * ids, dates and dose codes only (no names, no phones); a correction is a new record, the old one
 * kept with `supersededBy`.
 */
const schema = new Schema<DoseRecord>(
  {
    _id: { type: String, required: true },
    childId: { type: String, required: true, index: true },
    item: { type: Schema.Types.Mixed, required: true },
    givenOn: { type: String, required: true },
    source: { type: String, required: true },
    recordedBy: { type: String, required: true },
    recordedAt: { type: String, required: true },
    supersededBy: { type: String, default: null },
    corrects: { type: String, default: null },
  },
  { versionKey: false, collection: 'immunisations', minimize: false },
);
schema.plugin(sealedFields, IMMUNISATION_SEALED);

export function immunisationModel(connection: Connection): Model<DoseRecord> {
  return connection.models.Immunisation ?? connection.model<DoseRecord>('Immunisation', schema);
}
