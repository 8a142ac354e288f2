import type { ScreeningRecord } from '../../app/screening/screening-records.js';
import { Schema, type Connection, type Model } from 'mongoose';
import { sealedFields, type SealedFields } from '../sealed-fields.js';

/**
 * Health data sealed at rest: who was screened (nickname, sex, age), the values and their reading.
 * Left in clear only what queries need: the posyandu, the person's contact id, the day, the follow-up state.
 */
export const SCREENING_SEALED: SealedFields = { fields: [], json: ['person', 'values', 'reading'] };

const schema = new Schema<ScreeningRecord>(
  {
    _id: { type: String, required: true },
    posyanduId: { type: String, required: true, index: true },
    contactId: { type: String, default: null, index: true },
    date: { type: String, required: true },
    person: { type: Schema.Types.Mixed, required: true },
    values: { type: Schema.Types.Mixed, required: true },
    reading: { type: Schema.Types.Mixed, required: true },
    followUp: { type: String, required: true },
    consentAt: { type: Date, required: true },
    recordedBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, autoIndex: false, collection: 'screenings', minimize: false },
);
schema.plugin(sealedFields, SCREENING_SEALED);

export function screeningModel(connection: Connection): Model<ScreeningRecord> {
  return connection.models.Screening ?? connection.model<ScreeningRecord>('Screening', schema);
}
