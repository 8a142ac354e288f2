import type { InboundRecord as InboundDoc, OutboundRecord as OutboundDoc } from '../../app/messages/message-records.js';
import { Schema, type Connection, type Model } from 'mongoose';
import { sealedFields, type SealedFields } from '../sealed-fields.js';

/**
 * Personal data sealed at rest: addresses are phone numbers on WhatsApp, a shared phone is one, and
 * what people write and are sent holds their children's names. `addressKey` (inbound) is the
 * address's lookup key, so a contact's messages can still be erased.
 */
export const INBOUND_SEALED: SealedFields = { fields: ['address', 'sharedPhone', 'text'] };
export const OUTBOUND_SEALED: SealedFields = { fields: ['address', 'text'], json: ['choices'] };

/** As stored: with the address's lookup key. */
export type StoredInbound = InboundDoc & { addressKey?: string };

const inboundSchema = new Schema<StoredInbound>(
  {
    _id: { type: String, required: true },
    channel: { type: String, required: true },
    address: { type: String, required: true },
    addressKey: { type: String, index: true },
    platformId: { type: String, required: true },
    text: { type: String, default: '' },
    receivedAt: { type: Date, required: true },
    sharedPhone: { type: String, default: null },
    question: { type: String, default: null },
    attachment: { type: String, default: null },
    status: { type: String, required: true, default: 'queued' },
    processedAt: { type: Date, default: null },
    replyIds: { type: [String], default: undefined },
  },
  { versionKey: false, collection: 'inbound_messages' },
);
inboundSchema.plugin(sealedFields, INBOUND_SEALED);

export function inboundModel(connection: Connection): Model<StoredInbound> {
  return connection.models.Inbound ?? connection.model<StoredInbound>('Inbound', inboundSchema);
}

const outboundSchema = new Schema<OutboundDoc>(
  {
    _id: { type: String, required: true },
    contactId: { type: String, required: true, index: true },
    channel: { type: String, required: true },
    address: { type: String, required: true },
    kind: { type: String, required: true },
    text: { type: String, default: '' },
    choices: { type: Schema.Types.Mixed, default: null },
    question: { type: String, default: null },
    image: { type: String, default: null },
    inReplyTo: { type: String, default: null, index: true },
    status: { type: String, required: true },
    error: { type: String, default: null },
    createdAt: { type: Date, required: true },
    seq: { type: Number, required: true },
    sentAt: { type: Date, default: null },
    platformId: { type: String, default: null, index: true },
    deliveryStatus: { type: String, default: null },
    deliveryError: { type: String, default: null },
    deliveryAt: { type: Date, default: null },
    broadcastId: { type: String, default: null, index: true },
  },
  { versionKey: false, collection: 'outbound_messages' },
);
outboundSchema.plugin(sealedFields, OUTBOUND_SEALED);

export function outboundModel(connection: Connection): Model<OutboundDoc> {
  return connection.models.Outbound ?? connection.model<OutboundDoc>('Outbound', outboundSchema);
}
