import { Schema, type Connection, type Model } from 'mongoose';

/** An immutable record of a state change: who did what to which record, and when. No personal data. */
export interface AuditDoc {
  _id: string;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  data: Record<string, unknown>;
}

const schema = new Schema<AuditDoc>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    action: { type: String, required: true },
    subject: { type: String, required: true, index: true },
    data: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, collection: 'audit_log', minimize: false },
);

export function auditModel(connection: Connection): Model<AuditDoc> {
  return connection.models.Audit ?? connection.model<AuditDoc>('Audit', schema);
}
