import type { EpisodeCloseReason } from '../../domain/escalation/index.js';
import type { AlertRecord, EpisodeRecord } from '../records.js';

/**
 * Open an episode and its alert: both ids are derived from the measurement (see `planEscalation`),
 * so applying it again stores nothing new; the deadline and notification jobs are named by the
 * alert id, so they are queued once.
 *
 * @example
 * { type: 'alert.open', id: 'al_3f2a…', episode: { id: 'ep_9c1e…', … }, alert: { id: 'al_3f2a…', … }, familyAdvice: true }
 */
export interface AlertOpenEffect {
  readonly type: 'alert.open';
  readonly id: string;
  readonly episode: EpisodeRecord;
  readonly alert: AlertRecord;
  readonly familyAdvice: boolean;
}

/**
 * Close an episode and resolve its alerts as the system (recovered, or replaced by a worse one);
 * an alert already resolved stays as it is, so applying it again changes nothing.
 */
export interface AlertResolveEffect {
  readonly type: 'alert.resolve';
  readonly id: string;
  readonly episodeId: string;
  readonly reason: EpisodeCloseReason;
  readonly closedAt: Date;
}

/** An open episode goes on with what the measurement showed: absolute values, so twice is once. */
export interface EpisodeKeepEffect {
  readonly type: 'episode.keep';
  readonly id: string;
  readonly episodeId: string;
  readonly lastSeenAt: Date;
  readonly lastAssessedAt: Date;
  readonly clearStreak: number;
}

export type EscalationEffect = AlertOpenEffect | AlertResolveEffect | EpisodeKeepEffect;
