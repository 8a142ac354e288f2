import { Schema, type Connection, type Model } from 'mongoose';
import type { SessionState } from '../../engine/index.js';

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

export function sessionModel(connection: Connection): Model<SessionDoc> {
  return connection.models.Session ?? connection.model<SessionDoc>('Session', schema);
}
