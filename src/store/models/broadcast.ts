import type { BatchProgress as BatchProgressDoc, Broadcast as BroadcastDoc, BroadcastBatch as BroadcastBatchDoc } from '../../app/broadcast/broadcast-records.js';
import { Schema, type Connection, type Model } from 'mongoose';
import { DEFAULT_QUIET_HOURS } from '../../domain/schedule/index.js';
import { sealedFields, type SealedFields } from '../sealed-fields.js';

/** A recipient's address is a phone number on WhatsApp: sealed at rest like the contact's. */
export const BATCH_SEALED: SealedFields = { fields: [], inArrays: { recipients: ['address'] } };

const broadcastSchema = new Schema<BroadcastDoc>(
  {
    _id: { type: String, required: true },
    posyanduId: { type: String, required: true },
    posyanduName: { type: String, required: true },
    senderId: { type: String, required: true },
    senderPersonId: { type: String, required: true, index: true },
    text: { type: String, required: true },
    audience: { type: Schema.Types.Mixed, required: true },
    day: { type: String, required: true },
    total: { type: Number, required: true },
    optedOut: { type: Number, default: 0 },
    unreachable: { type: Number, default: 0 },
    batches: { type: Number, required: true },
    status: { type: String, required: true },
    // Broadcasts stored before quiet hours applied to them read as WIB with the default hours.
    zone: { type: String, default: 'Asia/Jakarta' },
    quietHours: { type: Schema.Types.Mixed, default: () => ({ ...DEFAULT_QUIET_HOURS }) },
    createdAt: { type: Date, required: true },
    endedAt: { type: Date, default: null },
  },
  { versionKey: false, collection: 'broadcasts' },
);
broadcastSchema.index({ senderPersonId: 1, day: 1 });

const batchSchema = new Schema<BroadcastBatchDoc>(
  {
    _id: { type: String, required: true },
    broadcastId: { type: String, required: true, index: true },
    index: { type: Number, required: true },
    recipients: { type: [{ _id: false, contactId: String, channel: String, address: String, lang: String }], default: [] },
  },
  { versionKey: false, collection: 'broadcast_batches' },
);
batchSchema.plugin(sealedFields, BATCH_SEALED);

const progressSchema = new Schema<BatchProgressDoc>(
  {
    _id: { type: String, required: true },
    broadcastId: { type: String, required: true, index: true },
    index: { type: Number, required: true },
    size: { type: Number, required: true },
    done: { type: Boolean, default: false },
    queued: { type: Number, default: 0 },
    cancelled: { type: Boolean, default: false },
  },
  { versionKey: false, collection: 'broadcast_batch_progress' },
);

export function broadcastModel(connection: Connection): Model<BroadcastDoc> {
  return connection.models.Broadcast ?? connection.model<BroadcastDoc>('Broadcast', broadcastSchema);
}

export function broadcastBatchModel(connection: Connection): Model<BroadcastBatchDoc> {
  return connection.models.BroadcastBatch ?? connection.model<BroadcastBatchDoc>('BroadcastBatch', batchSchema);
}

export function batchProgressModel(connection: Connection): Model<BatchProgressDoc> {
  return connection.models.BatchProgress ?? connection.model<BatchProgressDoc>('BatchProgress', progressSchema);
}
