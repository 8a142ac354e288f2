import { z } from 'zod';
import type { ActorRef, Area } from '../escalation/area.js';

export const PUSLING_REASONS = ['children_at_risk', 'distance', 'elderly_screening', 'pregnant_screening'] as const;
export type PuslingReason = (typeof PUSLING_REASONS)[number];

/** `scheduled` means approved with a date, time, place and team. */
export type PuslingState = 'requested' | 'scheduled' | 'merged' | 'postponed' | 'rejected';
export const REJECTION_REASONS = ['outside_service_area', 'near_puskesmas', 'duplicate', 'no_capacity', 'other'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * When and where the Pusling goes. `startsAt` is the same moment as `date` + `time` in `zone`.
 *
 * @example
 * const schedule: PuslingSchedule = { date: '2026-04-14', time: '08:00', zone: 'Asia/Jakarta',
 *   startsAt: new Date('2026-04-14T01:00:00Z'), place: 'Balai RW 07', team: ['dokter', 'bidan', 'TPG'] };
 */
export interface PuslingSchedule {
  readonly date: string;
  readonly time: string;
  readonly zone: string;
  readonly startsAt: Date;
  readonly place: string;
  readonly team: readonly string[];
}

export type PuslingAction = 'request' | 'schedule' | 'merge' | 'postpone' | 'reject';

/** One immutable line of a request's history. */
export interface PuslingHistoryEntry {
  readonly at: Date;
  readonly by: ActorRef;
  readonly action: PuslingAction;
  readonly from: PuslingState | null;
  readonly to: PuslingState;
  readonly note?: string;
}

/**
 * A request for a Pusling visit to one RW, made by a kader, the lurah or the puskesmas itself.
 *
 * @example
 * request.state; // 'requested'
 * request.reasons; // ['distance', 'children_at_risk']
 */
export interface PuslingRequest {
  readonly id: string;
  readonly area: Area;
  readonly requestedBy: ActorRef;
  readonly reasons: readonly PuslingReason[];
  /** Local dates, `YYYY-MM-DD`. */
  readonly preferredDates: readonly string[];
  readonly expectedPeople: number;
  readonly requestedAt: Date;
  readonly state: PuslingState;
  readonly schedule?: PuslingSchedule;
  readonly mergedInto?: string;
  /** Local date, `YYYY-MM-DD`; the request is reconsidered from that day. */
  readonly postponedUntil?: string;
  readonly rejection?: { readonly reason: RejectionReason; readonly note?: string };
  readonly history: readonly PuslingHistoryEntry[];
}

const localDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Use a date like 2026-04-14.');

/** What a requester fills in; validated before a request is created. */
export const puslingRequestInputSchema = z.strictObject({
  area: z.strictObject({
    posyanduId: z.string().min(1).optional(),
    kelurahanId: z.string().min(1),
    rw: z.string().min(1),
    puskesmasId: z.string().min(1),
  }),
  reasons: z.array(z.enum(PUSLING_REASONS)).min(1).refine((r) => new Set(r).size === r.length, 'List each reason once.'),
  preferredDates: z.array(localDate).max(5),
  expectedPeople: z.number().int().min(1).max(2000),
});

export type PuslingRequestInput = z.infer<typeof puslingRequestInputSchema>;
export { localDate as localDateSchema };
