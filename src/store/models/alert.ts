import { Schema, type Connection, type Model } from 'mongoose';
import type { AlertDelivery, AlertRecord } from '../../app/escalation/escalation-records.js';

/** An alert as stored: `_id` for its id; the history and deliveries are embedded, appended with `$push`. */
export type AlertDoc = Omit<AlertRecord, 'id' | 'history' | 'deliveries'> & {
  _id: string;
  history: Array<Record<string, unknown>>;
  deliveries: AlertDelivery[];
};

const areaSchema = new Schema(
  { posyanduId: String, kelurahanId: { type: String, required: true }, rw: { type: String, required: true }, puskesmasId: { type: String, required: true } },
  { _id: false },
);

// History entries and deliveries are written whole and never edited, so they are plain sub-documents.
const schema = new Schema<AlertDoc>(
  {
    _id: { type: String, required: true },
    episodeId: { type: String, required: true, index: true },
    childId: { type: String, required: true },
    condition: { type: String, required: true },
    severity: { type: String, required: true },
    area: { type: areaSchema, required: true },
    state: { type: String, required: true },
    level: { type: String, required: true },
    notify: { type: [String], default: [] },
    informLurah: { type: Boolean, required: true },
    familyAdvice: { type: Boolean, required: true },
    resolvableBy: { type: [String], default: [] },
    ackDeadlines: { type: Schema.Types.Mixed, required: true },
    openedAt: { type: Date, required: true },
    ackDueAt: { type: Date, default: null },
    history: { type: Schema.Types.Mixed, default: () => [] },
    origin: { type: String, required: true },
    requestedBy: { type: String, default: null },
    deliveries: { type: Schema.Types.Mixed, default: () => [] },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'escalation_alerts', minimize: false },
);
schema.index({ state: 1, ackDueAt: 1 });
schema.index({ childId: 1, state: 1 });
schema.index({ 'area.kelurahanId': 1, updatedAt: 1 });

/**
 * One document per alert (a condition episode's human task, or a parent's call for help).
 *
 * @example
 * const alerts = alertModel(connection); await alerts.find({ state: 'open' }).lean();
 */
export function alertModel(connection: Connection): Model<AlertDoc> {
  return connection.models.EscalationAlert ?? connection.model<AlertDoc>('EscalationAlert', schema);
}
