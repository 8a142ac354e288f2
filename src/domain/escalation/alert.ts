import type { ActorRef, Area } from './area.js';
import { SYSTEM_ACTOR } from './area.js';
import { LEVELS, type ConditionCode, type Level, type Severity } from './conditions.js';
import type { Episode } from './episode.js';
import { deadlineMs, type EscalationRules } from './rules.js';

/** `open` until someone acknowledges; `referred` when sent on to a health facility; `resolved` is final. */
export type AlertState = 'open' | 'acknowledged' | 'referred' | 'resolved';
export type AlertAction = 'acknowledge' | 'note' | 'resolve' | 'refer' | 'escalate';
/** Why the system (not a person) acted. */
export type SystemReason = 'deadline_missed' | 'recovered' | 'worsened';

/**
 * One immutable line of an alert's history.
 *
 * @example
 * const entry: AlertHistoryEntry = { at, by: { id: 'u-3', role: 'kader' }, action: 'acknowledge', from: 'open', to: 'acknowledged' };
 */
export interface AlertHistoryEntry {
  readonly at: Date;
  readonly by: ActorRef;
  readonly action: AlertAction | 'open';
  readonly from: AlertState | null;
  readonly to: AlertState;
  readonly note?: string;
  readonly level?: { readonly from: Level; readonly to: Level };
  readonly reason?: SystemReason;
}

/**
 * The human task an episode raises. It keeps a copy of its condition's rule (deadlines, who may
 * resolve) so a later change of policy does not move the goalposts of alerts already running.
 *
 * @example
 * const alert = openAlert(episode, DEFAULT_ESCALATION_RULES, now, 'al-1');
 * alert.state; // 'open'
 * alert.level; // 'kader'
 */
export interface Alert {
  readonly id: string;
  readonly episodeId: string;
  readonly childId: string;
  readonly condition: ConditionCode;
  readonly severity: Severity;
  readonly area: Area;
  readonly state: AlertState;
  /** Who must acknowledge now; the chain is kader → puskesmas → lurah. */
  readonly level: Level;
  readonly notify: readonly ('kader' | 'puskesmas')[];
  readonly informLurah: boolean;
  readonly familyAdvice: boolean;
  readonly resolvableBy: readonly ('kader' | 'puskesmas')[];
  readonly ackDeadlines: Readonly<Record<Level, string>>;
  readonly openedAt: Date;
  /** When the current level must have acknowledged; null once acknowledged, referred or resolved. */
  readonly ackDueAt: Date | null;
  readonly history: readonly AlertHistoryEntry[];
}

/**
 * Opens the alert for a newly opened (and stored) episode, at the kader level.
 *
 * @example
 * const alert = openAlert(episode, rules, new Date('2026-03-12T02:00:00Z'), 'al-1');
 * alert.ackDueAt; // 2026-03-12T08:00:00Z for an urgent condition (PT6H)
 */
export function openAlert(episode: Episode, rules: EscalationRules, at: Date, id: string): Alert {
  const rule = rules.conditions[episode.condition];
  const level: Level = 'kader';
  return {
    id,
    episodeId: episode.id,
    childId: episode.childId,
    condition: episode.condition,
    severity: rule.severity,
    area: episode.area,
    state: 'open',
    level,
    notify: [...rule.notify],
    informLurah: rule.informLurah,
    familyAdvice: rule.familyAdvice,
    resolvableBy: [...rule.resolvableBy],
    ackDeadlines: { ...rule.ackDeadlines },
    openedAt: at,
    ackDueAt: new Date(at.getTime() + deadlineMs(rule.ackDeadlines, level)),
    history: [{ at, by: SYSTEM_ACTOR, action: 'open', from: null, to: 'open' }],
  };
}

/**
 * The roles an alert currently goes to: those notified at opening plus every level it has
 * reached. The lurah appears only once the alert is escalated to lurah level.
 *
 * @example
 * alertRecipients(openAlert(stuntingEpisode, rules, at, 'al-1')); // ['kader', 'puskesmas']
 */
export function alertRecipients(alert: Alert): Level[] {
  const reached = LEVELS.slice(0, LEVELS.indexOf(alert.level) + 1);
  return LEVELS.filter((level) => reached.includes(level) || (alert.notify as readonly Level[]).includes(level));
}

/**
 * True for an alert nobody has acknowledged whose deadline has passed.
 *
 * @example
 * isOverdue(alert, new Date(alert.ackDueAt!.getTime() + 1)); // true while alert.state === 'open'
 */
export function isOverdue(alert: Alert, now: Date): boolean {
  return alert.state === 'open' && alert.ackDueAt !== null && alert.ackDueAt.getTime() <= now.getTime();
}
