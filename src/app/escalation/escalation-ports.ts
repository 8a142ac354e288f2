import type { AlertHistoryEntry, DigestPuslingRecord, EpisodeCloseReason, EscalationRules, Level } from '../../domain/escalation/index.js';
import type { KeyedLock } from '../keyed-lock.js';
import type { EscalationDecisionStore } from './escalation-decisions.js';
import type { AlertDelivery, AlertRecord, AuditEntry, EpisodeRecord } from './escalation-records.js';

/**
 * Episodes of growth conditions, one document each; only the fields the domain's decisions change
 * are ever updated.
 *
 * @example
 * const open = await episodes.openOf('ch-sari'); // the child's episodes without closedAt
 */
export interface EpisodeStore {
  openOf(childId: string): Promise<EpisodeRecord[]>;
  /** Stores the episode unless one with its id is there (a replayed decision), which stays as it is. */
  insert(episode: EpisodeRecord): Promise<void>;
  keep(id: string, patch: { lastSeenAt: Date; lastAssessedAt: Date; clearStreak: number }): Promise<void>;
  close(id: string, closedAt: Date, reason: EpisodeCloseReason): Promise<void>;
  /** Episodes of a kelurahan opened in [from, to): what the lurah digest counts. */
  openedIn(kelurahanId: string, from: Date, to: Date): Promise<EpisodeRecord[]>;
}

/** Which alerts to list: those of any of these places (a kader's posyandu, a lurah's kelurahan…). */
export interface AlertScope {
  posyanduIds?: readonly string[];
  kelurahanIds?: readonly string[];
  puskesmasIds?: readonly string[];
}

/**
 * Alerts with their embedded history. A change is one `$set` of the state fields plus one `$push`
 * of the history entry it made; callers hold the alert's lock (FerretDB updates read, then write).
 *
 * @example
 * await alerts.change(alert.id, { state: 'acknowledged', level: 'kader', ackDueAt: null }, entry, now);
 */
export interface AlertStore {
  get(id: string): Promise<AlertRecord | null>;
  /** False when an alert with this id exists already. */
  insert(alert: AlertRecord): Promise<boolean>;
  change(id: string, set: Pick<AlertRecord, 'state' | 'level' | 'ackDueAt'>, entry: AlertHistoryEntry, at: Date): Promise<void>;
  addDelivery(id: string, delivery: AlertDelivery): Promise<void>;
  ofEpisode(episodeId: string): Promise<AlertRecord[]>;
  /** Alerts not resolved yet in any place of the scope, newest first. */
  unresolvedIn(scope: AlertScope): Promise<AlertRecord[]>;
  /** Open alerts whose acknowledge deadline is at or before `now`. */
  overdue(now: Date): Promise<AlertRecord[]>;
  /** A kelurahan's alerts still open or changed since `since`: what the lurah digest reads. */
  forDigest(kelurahanId: string, since: Date): Promise<AlertRecord[]>;
  /** The child's unresolved parent-request follow-up, if any. */
  openParentRequest(childId: string): Promise<AlertRecord | null>;
}

/** The `audit_log` collection; inserting an entry twice (same id) is harmless. */
export interface AuditStore {
  record(entry: AuditEntry): Promise<void>;
}

/**
 * Durable delayed work for alerts: one job per deadline (alert id + level, so scheduling twice is
 * harmless) and one notification job per alert event.
 *
 * @example
 * await escalationJobs.deadline(alert.id, alert.level, alert.ackDueAt, clock.now());
 */
export interface EscalationJobs {
  deadline(alertId: string, level: Level, at: Date, now: Date): Promise<void>;
  /** Sends a new alert's messages; `familyAdvice` false when a more severe alert of the same measurement advises the family. */
  notify(alertId: string, familyAdvice: boolean, delayMs: number): Promise<void>;
}

/** Pusling requests of a kelurahan as the lurah digest counts them; empty until Pusling is stored. */
export interface PuslingDigestSource {
  ofKelurahan(kelurahanId: string): Promise<DigestPuslingRecord[]>;
}

/** Everything escalation needs besides the shared stores; `rules` are validated at start-up. */
export interface EscalationPorts {
  episodes: EpisodeStore;
  decisions: EscalationDecisionStore;
  alerts: AlertStore;
  audit: AuditStore;
  jobs: EscalationJobs;
  locks: KeyedLock;
  rules: EscalationRules;
  pusling: PuslingDigestSource;
  digest: { zone: string; unit: 'week' | 'month' };
}

/**
 * Escalation as an action reads it: episodes and alerts without their writes, the rules and the
 * digest's period. An alert opened, changed or asked for is an effect (`alert-effects.ts`,
 * `parent-help-effects.ts`), applied by the commit under the alert's lock.
 *
 * @example
 * const reads: EscalationReadPorts = deps.escalation; // `reads.alerts.change` does not compile
 */
export interface EscalationReadPorts {
  episodes: Pick<EpisodeStore, 'openOf' | 'openedIn'>;
  alerts: Pick<AlertStore, 'get' | 'ofEpisode' | 'unresolvedIn' | 'forDigest' | 'openParentRequest'>;
  rules: EscalationRules;
  pusling: PuslingDigestSource;
  digest: EscalationPorts['digest'];
}
