import { Schema, type Connection, type Model } from 'mongoose';
import type { Area, ConditionCode, EpisodeCloseReason, Severity } from '../../domain/escalation/index.js';

/** An episode as stored: the domain's fields with `_id` for its id. */
export interface EpisodeDoc {
  _id: string;
  childId: string;
  condition: ConditionCode;
  severity: Severity;
  area: Area;
  openedAt: Date;
  lastSeenAt: Date;
  lastAssessedAt: Date;
  clearStreak: number;
  worsenedFrom?: { episodeId: string; condition: ConditionCode };
  /** Null while open: an always-present field keeps the index usable on FerretDB (no partial indexes). */
  closedAt: Date | null;
  closeReason: EpisodeCloseReason | null;
}

const areaSchema = new Schema<Area>(
  { posyanduId: String, kelurahanId: { type: String, required: true }, rw: { type: String, required: true }, puskesmasId: { type: String, required: true } },
  { _id: false },
);

const schema = new Schema<EpisodeDoc>(
  {
    _id: { type: String, required: true },
    childId: { type: String, required: true },
    condition: { type: String, required: true },
    severity: { type: String, required: true },
    area: { type: areaSchema, required: true },
    openedAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    lastAssessedAt: { type: Date, required: true },
    clearStreak: { type: Number, required: true },
    worsenedFrom: { type: new Schema({ episodeId: String, condition: String }, { _id: false }), default: undefined },
    closedAt: { type: Date, default: null },
    closeReason: { type: String, default: null },
  },
  { versionKey: false, collection: 'escalation_episodes' },
);
schema.index({ childId: 1, closedAt: 1 });
schema.index({ 'area.kelurahanId': 1, openedAt: 1 });

/**
 * One document per condition episode of a child.
 *
 * @example
 * const episodes = episodeModel(connection); await episodes.find({ childId: 'ch-sari', closedAt: null }).lean();
 */
export function episodeModel(connection: Connection): Model<EpisodeDoc> {
  return connection.models.EscalationEpisode ?? connection.model<EpisodeDoc>('EscalationEpisode', schema);
}
