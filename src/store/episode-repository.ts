import type { EpisodeStore } from '../app/escalation/escalation-ports.js';
import type { EpisodeRecord } from '../app/escalation/escalation-records.js';
import type { EpisodeCloseReason } from '../domain/escalation/index.js';
import type { EpisodeDoc } from './models/episode.js';
import type { Models } from './store.js';

function toEpisode(doc: EpisodeDoc): EpisodeRecord {
  const { _id, closedAt, closeReason, worsenedFrom, area, ...rest } = doc;
  return {
    ...rest,
    id: _id,
    area: { ...(area.posyanduId ? { posyanduId: area.posyanduId } : {}), kelurahanId: area.kelurahanId, rw: area.rw, puskesmasId: area.puskesmasId },
    ...(worsenedFrom?.episodeId ? { worsenedFrom: { episodeId: worsenedFrom.episodeId, condition: worsenedFrom.condition } } : {}),
    ...(closedAt ? { closedAt } : {}),
    ...(closeReason ? { closeReason } : {}),
  };
}

/**
 * Escalation episodes in MongoDB. Updates are plain `$set`s of the fields an episode decision
 * changes; the caller holds the child's lock.
 *
 * @example
 * const episodes = new EpisodeRepository(models);
 * await episodes.insert(episode); await episodes.openOf(episode.childId); // [episode]
 */
export class EpisodeRepository implements EpisodeStore {
  constructor(private readonly models: Models) {}

  async openOf(childId: string): Promise<EpisodeRecord[]> {
    const docs = await this.models.episodes.find({ childId, closedAt: null }).sort({ openedAt: 1, _id: 1 }).lean<EpisodeDoc[]>();
    return docs.map(toEpisode);
  }

  async insert(episode: EpisodeRecord): Promise<void> {
    const { id, ...rest } = episode;
    try {
      await this.models.episodes.create({ ...rest, _id: id, closedAt: episode.closedAt ?? null, closeReason: episode.closeReason ?? null });
    } catch (error) {
      // Ids are derived from the measurement: the same episode stored again is already there.
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }

  async keep(id: string, patch: { lastSeenAt: Date; lastAssessedAt: Date; clearStreak: number }): Promise<void> {
    await this.models.episodes.updateOne({ _id: id }, { $set: patch });
  }

  async close(id: string, closedAt: Date, reason: EpisodeCloseReason): Promise<void> {
    await this.models.episodes.updateOne({ _id: id }, { $set: { closedAt, closeReason: reason } });
  }

  async openedIn(kelurahanId: string, from: Date, to: Date): Promise<EpisodeRecord[]> {
    const docs = await this.models.episodes.find({ 'area.kelurahanId': kelurahanId, openedAt: { $gte: from, $lt: to } }).lean<EpisodeDoc[]>();
    return docs.map(toEpisode);
  }
}
