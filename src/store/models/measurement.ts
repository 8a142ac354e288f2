import type { Measurement as MeasurementDoc } from '../../app/children/child-records.js';
import { Schema, type Connection, type Model } from 'mongoose';

const schema = new Schema<MeasurementDoc>(
  {
    _id: { type: String, required: true },
    childId: { type: String, required: true, index: true },
    posyanduId: { type: String, default: null, index: true },
    date: { type: String, required: true },
    month: { type: String, required: true, index: true },
    weightKg: { type: Number, default: null },
    lengthCm: { type: Number, default: null },
    measure: { type: String, default: null },
    headCm: { type: Number, default: null },
    armCm: { type: Number, default: null },
    oedema: { type: Boolean, default: false },
    source: { type: String, required: true },
    recordedBy: { type: String, required: true },
    result: { type: Schema.Types.Mixed, default: {} },
    supersededBy: { type: String, default: null },
    corrects: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'measurements', minimize: false },
);

export function measurementModel(connection: Connection): Model<MeasurementDoc> {
  return connection.models.Measurement ?? connection.model<MeasurementDoc>('Measurement', schema);
}
