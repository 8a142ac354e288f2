import type { PuslingRequestRecord } from '../../app/pusling/pusling-records.js';
import { Schema, type Connection, type Model } from 'mongoose';

/** The record plus the area and state copied to top-level fields, so lists are plain indexed queries. */
export interface PuslingRequestDoc extends PuslingRequestRecord {
  puskesmasId: string;
  kelurahanId: string;
  posyanduId: string | null;
  rw: string;
  state: string;
}

// The request (with its history) is validated by the domain on the way in, so it is stored as one
// sub-document rather than described twice.
const schema = new Schema<PuslingRequestDoc>(
  {
    _id: { type: String, required: true },
    request: { type: Schema.Types.Mixed, required: true },
    endTime: { type: String, default: null },
    source: { type: String, required: true },
    revision: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
    puskesmasId: { type: String, required: true, index: true },
    kelurahanId: { type: String, required: true, index: true },
    posyanduId: { type: String, default: null, index: true },
    rw: { type: String, required: true },
    state: { type: String, required: true },
  },
  { versionKey: false, collection: 'pusling_requests', minimize: false },
);

/**
 * One document per Pusling request.
 *
 * @example
 * const requests = puslingRequestModel(connection); await requests.find({ puskesmasId: 'pkm-bekasi-jaya' }).lean();
 */
export function puslingRequestModel(connection: Connection): Model<PuslingRequestDoc> {
  return connection.models.PuslingRequest ?? connection.model<PuslingRequestDoc>('PuslingRequest', schema);
}
