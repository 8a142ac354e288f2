import type { Alert, EpisodeCloseReason } from '../../domain/escalation/index.js';
import type { AlertRecord, EpisodeRecord } from './escalation-records.js';

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

/**
 * A staff member's action on an alert in the chat (acknowledge, note, refer, resolve): `after` is
 * `before` with exactly one history entry added. Applied when the stored alert is still `before`;
 * applied again it finds that entry stored and only writes the audit line and job it names.
 *
 * @example
 * { type: 'alert.change', id: 'ac_9c1e…', before: { id: 'al_1', history: [h0] , … }, after: { id: 'al_1', history: [h0, h1], … } }
 */
export interface AlertChangeEffect {
  readonly type: 'alert.change';
  readonly id: string;
  readonly before: Alert;
  readonly after: Alert;
}

export type EscalationEffect = AlertOpenEffect | AlertResolveEffect | EpisodeKeepEffect | AlertChangeEffect;
