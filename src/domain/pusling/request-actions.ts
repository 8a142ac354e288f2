import { DateTime } from 'luxon';
import type { Actor, ActorRef } from '../escalation/area.js';
import { canDecidePusling, canRequestPusling, type PuslingDenial } from './access.js';
import { checkCapacity, type CapacityProblem } from './capacity.js';
import type { PuslingConfig } from './config.js';
import {
  puslingRequestInputSchema,
  type PuslingAction,
  type PuslingHistoryEntry,
  type PuslingRequest,
  type PuslingState,
  type RejectionReason,
} from './request.js';

export type PuslingActionError =
  | PuslingDenial
  | CapacityProblem
  | 'invalid'
  | 'illegal_transition'
  | 'merge_target_invalid';

export type PuslingResult =
  | { readonly ok: true; readonly request: PuslingRequest }
  | { readonly ok: false; readonly error: PuslingActionError; readonly issues?: readonly string[] };

/**
 * Creates a request after checking the input and that the requester may ask for this area.
 * Parents are refused with `parent`: use `parentHelpToFollowUp` for them.
 *
 * @example
 * const result = requestPusling({ area, reasons: ['distance'], preferredDates: ['2026-04-14'], expectedPeople: 40 }, kader, now, 'pr-1');
 * if (result.ok) result.request.state; // 'requested'
 */
export function requestPusling(input: unknown, actor: Actor, at: Date, id: string): PuslingResult {
  const parsed = puslingRequestInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: 'invalid', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const allowed = canRequestPusling(actor, parsed.data.area);
  if (allowed !== true) return { ok: false, error: allowed };
  const by = refOf(actor);
  return {
    ok: true,
    request: {
      id,
      ...parsed.data,
      requestedBy: by,
      requestedAt: at,
      state: 'requested',
      history: [{ at, by, action: 'request', from: null, to: 'requested' }],
    },
  };
}

/**
 * A puskesmas decision on a request.
 *
 * @example
 * const command: PuslingCommand = { action: 'schedule', date: '2026-04-14', time: '08:00', place: 'Balai RW 07', team: ['dokter', 'bidan'] };
 */
export type PuslingCommand =
  | { readonly action: 'schedule'; readonly date: string; readonly time: string; readonly place: string; readonly team: readonly string[]; readonly note?: string }
  | { readonly action: 'merge'; readonly intoId: string; readonly note?: string }
  | { readonly action: 'postpone'; readonly until: string; readonly note?: string }
  | { readonly action: 'reject'; readonly reason: RejectionReason; readonly note?: string };

/** The puskesmas's other requests (for capacity and merge targets) and the policy. */
export interface PuslingDecisionContext {
  readonly others: readonly PuslingRequest[];
  readonly config: PuslingConfig;
}

const FROM: Record<Exclude<PuslingAction, 'request'>, readonly PuslingState[]> = {
  schedule: ['requested', 'postponed'],
  merge: ['requested', 'postponed'],
  // A scheduled visit may still be postponed (rain, vehicle down); that frees its day.
  postpone: ['requested', 'scheduled', 'postponed'],
  reject: ['requested', 'postponed'],
};

/**
 * Applies a puskesmas decision: checks who decides, the transition, capacity (when scheduling)
 * and the merge target, and returns the request with one more history entry.
 *
 * @example
 * const result = decidePuslingRequest(request, command, tpg, now, { others, config: DEFAULT_PUSLING_CONFIG });
 * if (!result.ok && result.error === 'capacity_full') askToPostpone();
 */
export function decidePuslingRequest(
  request: PuslingRequest,
  command: PuslingCommand,
  actor: Actor,
  at: Date,
  context: PuslingDecisionContext,
): PuslingResult {
  const allowed = canDecidePusling(actor, request);
  if (allowed !== true) return { ok: false, error: allowed };
  if (!FROM[command.action].includes(request.state)) return { ok: false, error: 'illegal_transition' };
  const note = command.note?.trim();
  const entry = (to: PuslingState): PuslingHistoryEntry => ({
    at, by: refOf(actor), action: command.action, from: request.state, to, ...(note ? { note } : {}),
  });
  const cleared = { ...request, schedule: undefined, mergedInto: undefined, postponedUntil: undefined, rejection: undefined };
  const done = (next: Partial<PuslingRequest> & { state: PuslingState }): PuslingResult => ({
    ok: true,
    request: dropUndefined({ ...cleared, ...next, history: [...request.history, entry(next.state)] }),
  });

  switch (command.action) {
    case 'schedule': {
      const startsAt = DateTime.fromISO(`${command.date}T${command.time}`, { zone: context.config.zone });
      if (!startsAt.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(command.date) || !/^\d{2}:\d{2}$/.test(command.time)) {
        return { ok: false, error: 'invalid', issues: ['date/time: use 2026-04-14 and 08:00'] };
      }
      if (command.place.trim() === '' || command.team.length === 0) {
        return { ok: false, error: 'invalid', issues: ['place and team are required'] };
      }
      const problem = checkCapacity(context.others, request.area.puskesmasId, command.date, context.config, request.id);
      if (problem) return { ok: false, error: problem };
      const { date, time, place, team } = command;
      return done({ state: 'scheduled', schedule: { date, time, zone: context.config.zone, startsAt: startsAt.toJSDate(), place: place.trim(), team: [...team] } });
    }
    case 'merge': {
      const target = context.others.find((r) => r.id === command.intoId);
      const valid =
        target !== undefined &&
        target.id !== request.id &&
        target.area.puskesmasId === request.area.puskesmasId &&
        (target.state === 'requested' || target.state === 'scheduled' || target.state === 'postponed');
      return valid ? done({ state: 'merged', mergedInto: target.id }) : { ok: false, error: 'merge_target_invalid' };
    }
    case 'postpone': {
      if (!DateTime.fromISO(command.until).isValid) return { ok: false, error: 'invalid', issues: ['until: use a date like 2026-05-01'] };
      return done({ state: 'postponed', postponedUntil: command.until });
    }
    case 'reject':
      return done({ state: 'rejected', rejection: { reason: command.reason, ...(note ? { note } : {}) } });
  }
}

function refOf(actor: Actor): ActorRef {
  return { id: actor.id ?? 'unknown', role: actor.role };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
