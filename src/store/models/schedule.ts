import type { PosyanduSchedule as ScheduleDoc } from '../../app/schedule/schedule-records.js';
import { Schema, type Connection, type Model } from 'mongoose';

// The rule, policies and exceptions are validated by the domain's zod schemas on the way in and
// out, so they are stored as plain sub-documents rather than described twice.
const schema = new Schema<ScheduleDoc>(
  {
    _id: { type: String, required: true },
    schedule: { type: Schema.Types.Mixed, required: true },
    reminderPolicy: { type: Schema.Types.Mixed, required: true },
    exceptions: { type: Schema.Types.Mixed, default: [] },
    revision: { type: Number, default: 0 },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, default: null },
  },
  { versionKey: false, collection: 'schedules', minimize: false },
);

/**
 * One document per posyandu: its schedule, reminder policy and exceptions.
 *
 * @example
 * const schedules = scheduleModel(connection); await schedules.findById('psy-mawar').lean();
 */
export function scheduleModel(connection: Connection): Model<ScheduleDoc> {
  return connection.models.Schedule ?? connection.model<ScheduleDoc>('Schedule', schema);
}
