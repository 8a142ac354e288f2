import { canActOnAlert, type AlertDenial } from './access.js';
import type { Actor, ActorRef } from './area.js';
import { SYSTEM_ACTOR } from './area.js';
import type { Alert, AlertAction, AlertHistoryEntry, AlertState } from './alert.js';
import { nextLevel } from './conditions.js';
import type { EpisodeCloseReason } from './episode.js';
import { deadlineMs } from './rules.js';

/**
 * What someone wants to do to an alert. `note` needs text; the others may carry one.
 *
 * @example
 * const command: AlertCommand = { action: 'refer', note: 'Dirujuk ke puskesmas, jadwal Senin.' };
 */
export type AlertCommand =
  | { readonly action: 'note'; readonly note: string }
  | { readonly action: Exclude<AlertAction, 'note'>; readonly note?: string };

/** Why a command was refused: an authorisation denial or a rule of the state machine. */
export type AlertActionError = AlertDenial | 'illegal_transition' | 'note_required' | 'top_level';

export type AlertActionResult =
  | { readonly ok: true; readonly alert: Alert }
  | { readonly ok: false; readonly error: AlertActionError };

/** From which states each action may start, and where it leads (`same`: the state does not change). */
const TRANSITIONS: Record<AlertAction, { from: readonly AlertState[]; to: AlertState | 'same' }> = {
  acknowledge: { from: ['open'], to: 'acknowledged' },
  note: { from: ['open', 'acknowledged', 'referred'], to: 'same' },
  refer: { from: ['open', 'acknowledged'], to: 'referred' },
  resolve: { from: ['open', 'acknowledged', 'referred'], to: 'resolved' },
  // Escalating hands the alert to the next level, which must acknowledge it afresh.
  escalate: { from: ['open', 'acknowledged'], to: 'open' },
};

/**
 * Applies a person's action to an alert: checks who they are, checks the transition, and returns
 * a new alert with one more history entry. The input alert is never changed.
 *
 * @example
 * const result = applyAlertAction(alert, { action: 'acknowledge' }, { id: 'u-3', role: 'kader', posyanduIds: ['psy-1'] }, now);
 * if (result.ok) result.alert.state; // 'acknowledged'
 */
export function applyAlertAction(alert: Alert, command: AlertCommand, actor: Actor, at: Date): AlertActionResult {
  const access = canActOnAlert(actor, alert, command.action);
  if (!access.allowed) return { ok: false, error: access.reason };
  return transition(alert, command, { id: actor.id ?? 'unknown', role: actor.role }, at);
}

/**
 * Resolves an alert because its episode closed (recovered, or replaced by a worse one); a
 * no-op for an alert already resolved.
 *
 * @example
 * closeAlertForEpisode(alert, 'recovered', now).state; // 'resolved'
 */
export function closeAlertForEpisode(alert: Alert, reason: EpisodeCloseReason, at: Date): Alert {
  if (alert.state === 'resolved') return alert;
  const entry: AlertHistoryEntry = { at, by: SYSTEM_ACTOR, action: 'resolve', from: alert.state, to: 'resolved', reason };
  return { ...alert, state: 'resolved', ackDueAt: null, history: [...alert.history, entry] };
}

/**
 * The transition itself, without authorisation: shared by {@link applyAlertAction} and the
 * deadline worker. Call it directly only for system actions.
 *
 * @example
 * transition(alert, { action: 'escalate' }, SYSTEM_ACTOR, now); // { ok: true, alert: { level: 'puskesmas', ... } }
 */
export function transition(alert: Alert, command: AlertCommand, by: ActorRef, at: Date): AlertActionResult {
  const rule = TRANSITIONS[command.action];
  if (!rule.from.includes(alert.state)) return { ok: false, error: 'illegal_transition' };
  const note = command.note?.trim();
  if (command.action === 'note' && !note) return { ok: false, error: 'note_required' };
  const to = rule.to === 'same' ? alert.state : rule.to;
  const base = { at, by, action: command.action, from: alert.state, to, ...(note ? { note } : {}) };

  if (command.action === 'escalate') {
    const up = nextLevel(alert.level);
    if (up === undefined) return { ok: false, error: 'top_level' };
    const ackDueAt = new Date(at.getTime() + deadlineMs(alert.ackDeadlines, up));
    const entry: AlertHistoryEntry = {
      ...base,
      level: { from: alert.level, to: up },
      ...(by.role === 'system' ? { reason: 'deadline_missed' as const } : {}),
    };
    return { ok: true, alert: { ...alert, state: to, level: up, ackDueAt, history: [...alert.history, entry] } };
  }
  const ackDueAt = to === 'open' ? alert.ackDueAt : null;
  return { ok: true, alert: { ...alert, state: to, ackDueAt, history: [...alert.history, base] } };
}
