import type { Puskesmas as PuskesmasDoc, Kelurahan as KelurahanDoc, Posyandu as PosyanduDoc } from '../../app/registry/registry-records.js';
import { Schema, type Connection, type Model } from 'mongoose';

const puskesmasSchema = new Schema<PuskesmasDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    address: { type: String, default: '' },
    timezone: { type: String, default: 'Asia/Jakarta' },
    puslingDaysPerMonth: { type: Number, default: 1 },
  },
  { versionKey: false, collection: 'puskesmas' },
);

const kelurahanSchema = new Schema<KelurahanDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    puskesmasId: { type: String, required: true, index: true },
    rws: { type: [String], default: [] },
    rwDistanceKm: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, collection: 'kelurahan', minimize: false },
);

const posyanduSchema = new Schema<PosyanduDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    address: { type: String, default: '' },
    kelurahanId: { type: String, required: true, index: true },
    puskesmasId: { type: String, required: true, index: true },
    rws: { type: [String], default: [] },
    timezone: { type: String, default: 'Asia/Jakarta' },
  },
  { versionKey: false, collection: 'posyandu' },
);

export function puskesmasModel(connection: Connection): Model<PuskesmasDoc> {
  return connection.models.Puskesmas ?? connection.model<PuskesmasDoc>('Puskesmas', puskesmasSchema);
}
export function kelurahanModel(connection: Connection): Model<KelurahanDoc> {
  return connection.models.Kelurahan ?? connection.model<KelurahanDoc>('Kelurahan', kelurahanSchema);
}
export function posyanduModel(connection: Connection): Model<PosyanduDoc> {
  return connection.models.Posyandu ?? connection.model<PosyanduDoc>('Posyandu', posyanduSchema);
}
