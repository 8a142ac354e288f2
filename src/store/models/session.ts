import { Schema, type Connection, type Model } from 'mongoose';
import type { SessionState } from '../../engine/index.js';
import { sealedFields, type SealedFields } from '../sealed-fields.js';

/**
 * The collection sessions were kept in before a contact's document held its own (`session`): read
 * only by the start-up upkeep that moves them there (`src/store/session-upkeep.ts`). A session's
 * variables hold children's names and what people typed: the state is sealed whole.
 */
export const SESSION_SEALED: SealedFields = { fields: [], json: ['state'] };

export interface SessionDoc {
  _id: string;
  state: SessionState;
  updatedAt: Date;
}

const schema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'sessions', minimize: false },
);
schema.plugin(sealedFields, SESSION_SEALED);

export function sessionModel(connection: Connection): Model<SessionDoc> {
  return connection.models.Session ?? connection.model<SessionDoc>('Session', schema);
}
