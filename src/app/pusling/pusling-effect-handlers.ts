import type { Logger } from '../../shared/logger.js';
import type { EffectHandlers } from '../effects/app-effect.js';
import type { PuslingJobs, PuslingStore } from './pusling-ports.js';
import type { PuslingRequestRecord } from './pusling-records.js';
import type { PuslingDecideEffect, PuslingEffect, PuslingRequestEffect } from './pusling-effects.js';

type Deps = { pusling: Pick<PuslingStore, 'insert' | 'get' | 'replace'>; puslingJobs: PuslingJobs };

/**
 * Applies a Pusling effect; true when the store holds what it says afterwards (written now or by an
 * earlier application of the same effect), false when someone else's change came first (a decision
 * on a request another coordinator changed meanwhile): then nothing is queued.
 *
 * @example
 * if (!(await applyPuslingEffect(deps, effect))) return { ok: false, error: 'conflict' };
 */
export async function applyPuslingEffect(deps: Deps, effect: PuslingEffect): Promise<boolean> {
  return effect.type === 'pusling.request' ? request(deps, effect) : decide(deps, effect);
}

async function request({ pusling, puslingJobs }: Deps, { record }: PuslingRequestEffect): Promise<boolean> {
  if (!(await pusling.insert(record)) && !sameRevision(await pusling.get(record._id), record)) return false;
  await puslingJobs.event({ requestId: record._id, entry: 0 });
  return true;
}

async function decide({ pusling, puslingJobs }: Deps, { record, cancel }: PuslingDecideEffect): Promise<boolean> {
  if (!(await pusling.replace(record)) && !sameRevision(await pusling.get(record._id), record)) return false;
  if (cancel.length) await puslingJobs.cancelReminders(cancel);
  await puslingJobs.event({ requestId: record._id, entry: record.request.history.length - 1 });
  return true;
}

/** The stored request is this very write: same revision, same history, same time. */
function sameRevision(stored: PuslingRequestRecord | null, record: PuslingRequestRecord): boolean {
  return (
    stored !== null &&
    stored.revision === record.revision &&
    stored.request.history.length === record.request.history.length &&
    new Date(stored.updatedAt).getTime() === new Date(record.updatedAt).getTime()
  );
}

/**
 * The Pusling table of the turn commit. A decision that lost to another coordinator's change is
 * logged (the chat already answered): the coordinator sees the request's state in STATUS PUSLING.
 *
 * @example
 * const commit = new TurnCommit(…, puslingHandlers({ pusling, puslingJobs, log }));
 */
export function puslingHandlers(deps: Deps & { log: Logger }): EffectHandlers {
  const apply = async (effect: PuslingEffect): Promise<void> => {
    if (!(await applyPuslingEffect(deps, effect))) deps.log.warn({ request: effect.record._id, effect: effect.type }, 'pusling: a change lost to a concurrent one and was not applied');
  };
  return { 'pusling.request': [apply], 'pusling.decide': [apply] };
}
