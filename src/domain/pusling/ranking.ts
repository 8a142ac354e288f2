import { DateTime } from 'luxon';
import { rwKey } from '../escalation/area.js';
import { DEFAULT_PUSLING_CONFIG, type PuslingConfig } from './config.js';
import type { PuslingRequest } from './request.js';

/**
 * What is known about an RW's need: children with an open escalation episode (flagged) and the
 * road distance from its puskesmas.
 *
 * @example
 * const need: RwNeed = { flaggedChildren: 4, distanceKm: 11.5 };
 */
export interface RwNeed {
  readonly flaggedChildren: number;
  readonly distanceKm: number;
}

/** Needs by `rwKey(area)`, and the policy whose weights and caps apply. */
export interface RankingContext {
  readonly needs: Readonly<Record<string, RwNeed>>;
  readonly config?: PuslingConfig;
}

/** One part of the score: the raw value and the points it earned. */
export interface ScorePart {
  readonly value: number;
  readonly points: number;
}

export interface RankedRequest {
  readonly request: PuslingRequest;
  /** 0 to 100, one decimal. */
  readonly score: number;
  readonly parts: { readonly children: ScorePart; readonly distance: ScorePart; readonly waiting: ScorePart };
  /** True when no need was known for the RW, so only waiting time counted. */
  readonly needUnknown: boolean;
}

/**
 * Orders the requests still waiting for a decision by need. Score (points out of 100):
 * `weight × min(value / cap, 1)` summed over flagged children, distance in km and days waited
 * since the request (defaults 50/30/20 with caps 10 children, 15 km, 60 days). Ties go to the
 * older request. Only `requested` requests and `postponed` ones whose date has come are ranked.
 *
 * @example
 * rankRequests(requests, { needs: { 'kel-a/07': { flaggedChildren: 5, distanceKm: 12 } } }, now)[0];
 * // { request, score: 59, parts: { children: { value: 5, points: 25 }, distance: { value: 12, points: 24 }, waiting: { value: 30, points: 10 } } }
 */
export function rankRequests(requests: readonly PuslingRequest[], context: RankingContext, now: Date): RankedRequest[] {
  const config = context.config ?? DEFAULT_PUSLING_CONFIG;
  const today = DateTime.fromJSDate(now, { zone: config.zone }).toISODate() ?? '';
  const { weights, caps } = config.ranking;
  const part = (value: number, cap: number, weight: number): ScorePart => ({
    value,
    points: round1(weight * Math.min(Math.max(value, 0) / cap, 1)),
  });

  return requests
    .filter((r) => r.state === 'requested' || (r.state === 'postponed' && (r.postponedUntil ?? '') <= today))
    .map((request) => {
      const need = context.needs[rwKey(request.area)];
      const waitedDays = round1(Math.max(0, now.getTime() - request.requestedAt.getTime()) / 86_400_000);
      const parts = {
        children: part(need?.flaggedChildren ?? 0, caps.flaggedChildren, weights.children),
        distance: part(need?.distanceKm ?? 0, caps.distanceKm, weights.distance),
        waiting: part(waitedDays, caps.waitingDays, weights.waiting),
      };
      const score = round1(parts.children.points + parts.distance.points + parts.waiting.points);
      return { request, score, parts, needUnknown: need === undefined };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.request.requestedAt.getTime() - b.request.requestedAt.getTime() ||
        a.request.id.localeCompare(b.request.id),
    );
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
