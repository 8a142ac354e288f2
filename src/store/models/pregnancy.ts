import type { PregnancyRecord } from '../../app/pregnancy/pregnancy-records.js';
import { Schema, type Connection, type Model } from 'mongoose';
import { sealedFields, type SealedFields } from '../sealed-fields.js';

/** Health data sealed at rest: the due date and last period. In clear only the lapse instant and reminder progress. */
export const PREGNANCY_SEALED: SealedFields = { fields: [], json: ['dates'] };

const schema = new Schema<PregnancyRecord>(
  {
    _id: { type: String, required: true },
    posyanduId: { type: String, default: null },
    dates: { type: Schema.Types.Mixed, required: true },
    registeredAt: { type: Date, required: true },
    lapseAt: { type: Date, required: true, index: true },
    remindedVisit: { type: Number, default: 0 },
  },
  { versionKey: false, autoIndex: false, collection: 'pregnancies', minimize: false },
);
schema.plugin(sealedFields, PREGNANCY_SEALED);

export function pregnancyModel(connection: Connection): Model<PregnancyRecord> {
  return connection.models.Pregnancy ?? connection.model<PregnancyRecord>('Pregnancy', schema);
}
