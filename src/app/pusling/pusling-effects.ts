import type { PuslingReminderJob } from './pusling-ports.js';
import type { PuslingRequestRecord } from './pusling-records.js';

/**
 * Store a new Pusling request and queue its notice: `id` is the request's id, derived from the turn
 * (or drawn, for the API), so applying it again stores nothing new and queues the same job.
 *
 * @example
 * { type: 'pusling.request', id: 'pr_9c1e…', record: { _id: 'pr_9c1e…', request, revision: 1, … } }
 */
export interface PuslingRequestEffect {
  readonly type: 'pusling.request';
  readonly id: string;
  readonly record: PuslingRequestRecord;
}

/**
 * A coordinator's decision: `record` is the request as decided (its revision one above the one
 * read), `cancel` the reminders of a visit that is no longer on. Applied again it finds its own
 * revision stored and only queues what is already queued.
 *
 * @example
 * { type: 'pusling.decide', id: 'pd_3f2a…', record: { _id: 'pr_1', revision: 2, … }, cancel: [] }
 */
export interface PuslingDecideEffect {
  readonly type: 'pusling.decide';
  readonly id: string;
  readonly record: PuslingRequestRecord;
  readonly cancel: readonly PuslingReminderJob[];
}

export type PuslingEffect = PuslingRequestEffect | PuslingDecideEffect;
