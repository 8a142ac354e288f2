import type { Area } from './area.js';
import type { ConditionCode, Severity } from './conditions.js';

/**
 * One stretch of time during which a child has one condition. An episode raises one alert when it
 * opens; later measurements that still show the condition only refresh `lastSeenAt`.
 *
 * @example
 * const episode: Episode = {
 *   id: 'ep-1', childId: 'c-1', condition: 'stunting', severity: 'high', area,
 *   openedAt: at, lastSeenAt: at, lastAssessedAt: at, clearStreak: 0,
 * };
 */
export interface Episode {
  readonly id: string;
  readonly childId: string;
  readonly condition: ConditionCode;
  readonly severity: Severity;
  readonly area: Area;
  readonly openedAt: Date;
  /** Measurement time of the last assessment that still showed the condition. */
  readonly lastSeenAt: Date;
  /** Measurement time of the last assessment looked at; older ones are ignored. */
  readonly lastAssessedAt: Date;
  /** Consecutive measurements without the condition so far (see rules `recovery`). */
  readonly clearStreak: number;
  /** Set when this episode replaced a milder one of the same family. */
  readonly worsenedFrom?: { readonly episodeId: string; readonly condition: ConditionCode };
  readonly closedAt?: Date;
  readonly closeReason?: EpisodeCloseReason;
}

/** `recovered`: the condition is gone; `worsened`: a more severe episode of the family took over. */
export type EpisodeCloseReason = 'recovered' | 'worsened';

/** An episode before storage gives it an id. */
export type NewEpisode = Omit<Episode, 'id' | 'closedAt' | 'closeReason'>;

/**
 * What to do with a child's episodes after one assessment; the caller stores them and opens alerts.
 *
 * @example
 * // { kind: 'open', episode: { condition: 'stunting', ... } }
 * // { kind: 'keep', episodeId: 'ep-1', observed: 'stunting', lastSeenAt, lastAssessedAt, clearStreak: 0 }
 * // { kind: 'close', episodeId: 'ep-1', reason: 'recovered', closedAt }
 */
export type EpisodeDecision =
  | { readonly kind: 'open'; readonly episode: NewEpisode }
  | {
      readonly kind: 'keep';
      readonly episodeId: string;
      /** The condition of the same family this measurement showed, or null if clear or not measured. */
      readonly observed: ConditionCode | null;
      readonly lastSeenAt: Date;
      readonly lastAssessedAt: Date;
      readonly clearStreak: number;
    }
  | {
      readonly kind: 'close';
      readonly episodeId: string;
      readonly reason: EpisodeCloseReason;
      readonly closedAt: Date;
      /** For `worsened`: the condition that replaces it (opened by the next `open` decision). */
      readonly supersededBy?: ConditionCode;
    };
