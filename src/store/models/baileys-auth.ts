import { Schema, type Connection, type Model } from 'mongoose';

/**
 * One entry of a WhatsApp (Baileys) session: the creds, one signal key, a sent message kept for
 * retries, the LID→PN map or the connection status. `_id` is `<session>|<type>|<lookup key of the id>`;
 * `key` (the id) and `value` (Baileys' BufferJSON) are sealed strings, so no stored key ever holds "." or "$".
 */
export interface BaileysAuthDoc {
  _id: string;
  session: string;
  type: string;
  /** The entry's id, sealed; absent on entries stored before sealing (their id is in `_id`). */
  key?: string;
  value: string;
  updatedAt: Date;
}

const schema = new Schema<BaileysAuthDoc>(
  {
    _id: { type: String, required: true },
    session: { type: String, required: true, index: true },
    type: { type: String, required: true },
    key: { type: String },
    value: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'whatsapp_baileys_auth' },
);

export function baileysAuthModel(connection: Connection): Model<BaileysAuthDoc> {
  return connection.models.BaileysAuth ?? connection.model<BaileysAuthDoc>('BaileysAuth', schema);
}
