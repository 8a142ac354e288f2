import type { ChildAccessEntry } from '../../app/children/child-access.js';
import { Schema, type Connection, type Model } from 'mongoose';

/** One staff read or change of a child's data; ids only, never names or phones. `_id` is the store's own. */
const schema = new Schema<ChildAccessEntry>(
  {
    at: { type: Date, required: true },
    staffId: { type: String, required: true },
    role: { type: String, required: true },
    action: { type: String, required: true },
    childId: { type: String, required: true },
    via: { type: String, required: true },
  },
  { versionKey: false, collection: 'child_access_log' },
);
schema.index({ childId: 1, at: 1 });
schema.index({ at: 1 });

export function childAccessModel(connection: Connection): Model<ChildAccessEntry> {
  return connection.models.ChildAccess ?? connection.model<ChildAccessEntry>('ChildAccess', schema);
}
