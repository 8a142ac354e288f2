import { Schema, type Connection, type Model } from 'mongoose';
import type { FlowDefinition } from '../../engine/index.js';

/** Every flow revision ever loaded, so sessions pinned to an old revision can finish on it. */
export interface FlowRevisionDoc {
  _id: string;
  flowId: string;
  revision: string;
  definition: FlowDefinition;
  firstLoadedAt: Date;
}

const schema = new Schema<FlowRevisionDoc>(
  {
    _id: { type: String, required: true },
    flowId: { type: String, required: true },
    revision: { type: String, required: true },
    definition: { type: Schema.Types.Mixed, required: true },
    firstLoadedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'flow_revisions' },
);

export function flowRevisionModel(connection: Connection): Model<FlowRevisionDoc> {
  return connection.models.FlowRevision ?? connection.model<FlowRevisionDoc>('FlowRevision', schema);
}
