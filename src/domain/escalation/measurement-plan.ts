import { openAlert, type Alert } from './alert.js';
import { SEVERITIES } from './conditions.js';
import type { Episode, EpisodeCloseReason, EpisodeDecision } from './episode.js';
import type { EscalationRules } from './rules.js';

/**
 * One thing a measurement does to a child's episodes and alerts, with its ids already chosen:
 * - `keep`: the episode goes on, with what this measurement showed;
 * - `resolve`: the episode closes and the system resolves its alerts;
 * - `open`: a new episode and its alert; `familyAdvice` says whether this alert's notification
 *   advises the family (only the most urgent advising alert of one measurement does).
 */
export type EscalationStep =
  | { readonly kind: 'keep'; readonly episodeId: string; readonly lastSeenAt: Date; readonly lastAssessedAt: Date; readonly clearStreak: number }
  | { readonly kind: 'resolve'; readonly episodeId: string; readonly reason: EpisodeCloseReason; readonly closedAt: Date }
  | { readonly kind: 'open'; readonly episode: Episode; readonly alert: Alert; readonly familyAdvice: boolean };

/** Derives a stored id from a key; the same key always gives the same id (e.g. a hash). */
export type DeriveId = (prefix: 'ep' | 'al', key: string) => string;

/**
 * Turns the episode decisions of one measurement into steps whose ids are derived from the
 * measurement: an episode's id from the measurement and its condition (one measurement opens at
 * most one episode per condition), its alert's id from the episode's. Deciding the same
 * measurement again therefore names the same episode and alert, and storing them twice stores one.
 *
 * @example
 * const steps = planEscalation(evaluateChild(assessment, open, rules, now), 'ms_1', rules, now, derive);
 * // [{ kind: 'open', episode: { id: derive('ep', 'ms_1:severe_wasting'), … }, alert: { id: derive('al', …), … }, familyAdvice: true }]
 */
export function planEscalation(decisions: readonly EpisodeDecision[], measurementId: string, rules: EscalationRules, now: Date, derive: DeriveId): EscalationStep[] {
  const steps: EscalationStep[] = decisions.map((decision): EscalationStep => {
    switch (decision.kind) {
      case 'keep':
        return { kind: 'keep', episodeId: decision.episodeId, lastSeenAt: decision.lastSeenAt, lastAssessedAt: decision.lastAssessedAt, clearStreak: decision.clearStreak };
      case 'close':
        return { kind: 'resolve', episodeId: decision.episodeId, reason: decision.reason, closedAt: decision.closedAt };
      case 'open': {
        const episode: Episode = { ...decision.episode, id: derive('ep', `${measurementId}:${decision.episode.condition}`) };
        return { kind: 'open', episode, alert: openAlert(episode, rules, now, derive('al', episode.id)), familyAdvice: false };
      }
    }
  });
  // One measurement may open several alerts; the family hears only the most urgent advice.
  const advising = steps
    .filter((s): s is Extract<EscalationStep, { kind: 'open' }> => s.kind === 'open' && s.alert.familyAdvice)
    .sort((a, b) => SEVERITIES.indexOf(a.alert.severity) - SEVERITIES.indexOf(b.alert.severity))[0];
  return steps.map((s) => (s === advising ? { ...s, familyAdvice: true } : s));
}
