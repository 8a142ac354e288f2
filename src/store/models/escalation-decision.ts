import { Schema, type Connection, type Model } from 'mongoose';

/**
 * What escalation decided for one measurement (`_id` is the measurement id), kept before it is
 * applied so a replay applies the same. The effects name episodes and alerts by id and carry no
 * names or phone numbers.
 */
export interface EscalationDecisionDoc {
  _id: string;
  childId: string;
  at: Date;
  effects: unknown[];
}

const schema = new Schema<EscalationDecisionDoc>(
  {
    _id: { type: String, required: true },
    childId: { type: String, required: true, index: true },
    at: { type: Date, required: true },
    effects: { type: [Schema.Types.Mixed], default: [] },
  },
  { versionKey: false, collection: 'escalation_decisions', minimize: false },
);

/**
 * One document per evaluated measurement.
 *
 * @example
 * const decisions = escalationDecisionModel(connection); await decisions.findById('ms_1').lean();
 */
export function escalationDecisionModel(connection: Connection): Model<EscalationDecisionDoc> {
  return connection.models.EscalationDecision ?? connection.model<EscalationDecisionDoc>('EscalationDecision', schema);
}
