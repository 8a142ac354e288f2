import type { Alert } from './alert.js';
import { isOverdue } from './alert.js';
import type { ConditionCode } from './conditions.js';
import { inPeriod, type Period } from './digest-period.js';
import type { Episode } from './episode.js';
import type { MessageRef } from './message.js';

/**
 * The few fields of a Pusling request the digest reads (the Pusling module's requests fit).
 *
 * @example
 * const record: DigestPuslingRecord = { id: 'pr-1', area: { kelurahanId: 'kel-a', rw: '07' }, requestedAt, state: 'requested' };
 */
export interface DigestPuslingRecord {
  readonly id: string;
  readonly area: { readonly kelurahanId: string; readonly rw: string };
  readonly requestedAt: Date;
  readonly state: string;
  readonly schedule?: { readonly startsAt: Date };
  readonly mergedInto?: string;
}

/** Counts for one RW. Deliberately nothing but the RW and numbers: no child, no name, no id. */
export interface DigestCounts {
  /** Children newly found stunted (haz < −2), including straight to severe; not stunted → severe. */
  readonly newStuntingCases: number;
  /** Children with a new severe condition: severe stunting, severe wasting or oedema. */
  readonly newSevereCases: number;
  /** Alerts that missed an acknowledge deadline in the period or are still overdue at its end. */
  readonly overdueFollowUps: number;
  readonly puslingRequests: number;
  /** Pusling visits held in the period that served this RW (merged requests count for their RW). */
  readonly puslingVisits: number;
}

export interface LurahDigest {
  readonly kelurahanId: string;
  readonly period: Period;
  readonly rows: readonly ({ readonly rw: string } & DigestCounts)[];
  readonly totals: DigestCounts;
}

export interface LurahDigestInput {
  readonly kelurahanId: string;
  readonly period: Period;
  readonly episodes: readonly Episode[];
  readonly alerts: readonly Alert[];
  readonly pusling: readonly DigestPuslingRecord[];
}

const STUNTING: readonly ConditionCode[] = ['stunting', 'severe_stunting'];
const SEVERE: readonly ConditionCode[] = ['severe_stunting', 'severe_wasting', 'oedema'];

type Tally = Record<keyof DigestCounts, Set<string>>;

/**
 * Aggregates one kelurahan's episodes, alerts and Pusling records over a period, per RW.
 * Children are counted once per RW and measure even if they have several episodes.
 *
 * @example
 * const digest = buildLurahDigest({ kelurahanId: 'kel-a', period: digestPeriod(now), episodes, alerts, pusling });
 * digest.rows; // [{ rw: '03', newStuntingCases: 2, newSevereCases: 0, overdueFollowUps: 1, puslingRequests: 1, puslingVisits: 0 }]
 */
export function buildLurahDigest(input: LurahDigestInput): LurahDigest {
  const { kelurahanId, period } = input;
  const byRw = new Map<string, Tally>();
  const tally = (rw: string): Tally => {
    let t = byRw.get(rw);
    if (!t) {
      t = { newStuntingCases: new Set(), newSevereCases: new Set(), overdueFollowUps: new Set(), puslingRequests: new Set(), puslingVisits: new Set() };
      byRw.set(rw, t);
    }
    return t;
  };

  for (const e of input.episodes) {
    if (e.area.kelurahanId !== kelurahanId || !inPeriod(e.openedAt, period)) continue;
    const wasStunted = e.worsenedFrom !== undefined && STUNTING.includes(e.worsenedFrom.condition);
    if (STUNTING.includes(e.condition) && !wasStunted) tally(e.area.rw).newStuntingCases.add(e.childId);
    if (SEVERE.includes(e.condition)) tally(e.area.rw).newSevereCases.add(e.childId);
  }
  for (const a of input.alerts) {
    if (a.area.kelurahanId !== kelurahanId) continue;
    const missedInPeriod = a.history.some((h) => h.reason === 'deadline_missed' && inPeriod(h.at, period));
    if (missedInPeriod || isOverdue(a, period.to)) tally(a.area.rw).overdueFollowUps.add(a.id);
  }
  const pusling = input.pusling.filter((p) => p.area.kelurahanId === kelurahanId);
  for (const p of pusling) {
    if (inPeriod(p.requestedAt, period)) tally(p.area.rw).puslingRequests.add(p.id);
    if (p.state !== 'scheduled' || !p.schedule || !inPeriod(p.schedule.startsAt, period)) continue;
    tally(p.area.rw).puslingVisits.add(p.id);
    for (const merged of pusling.filter((m) => m.mergedInto === p.id)) tally(merged.area.rw).puslingVisits.add(p.id);
  }

  const rows = [...byRw.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([rw, t]) => ({ rw, ...counts(t) }));
  const totals = rows.reduce<DigestCounts>(
    (sum, row) => ({
      newStuntingCases: sum.newStuntingCases + row.newStuntingCases,
      newSevereCases: sum.newSevereCases + row.newSevereCases,
      overdueFollowUps: sum.overdueFollowUps + row.overdueFollowUps,
      puslingRequests: sum.puslingRequests + row.puslingRequests,
      puslingVisits: sum.puslingVisits + row.puslingVisits,
    }),
    { newStuntingCases: 0, newSevereCases: 0, overdueFollowUps: 0, puslingRequests: 0, puslingVisits: 0 },
  );
  return { kelurahanId, period, rows, totals };
}

function counts(t: Tally): DigestCounts {
  return {
    newStuntingCases: t.newStuntingCases.size,
    newSevereCases: t.newSevereCases.size,
    overdueFollowUps: t.overdueFollowUps.size,
    puslingRequests: t.puslingRequests.size,
    puslingVisits: t.puslingVisits.size,
  };
}

/**
 * The digest as message lines: a title, one line per RW, the totals (or one "nothing to report").
 *
 * @example
 * lurahDigestMessages(digest)[0]; // { key: 'escalation.digest.title', params: {}, refs: { kelurahan, from, to } }
 */
export function lurahDigestMessages(digest: LurahDigest): MessageRef[] {
  const title: MessageRef = {
    key: 'escalation.digest.title',
    params: {},
    refs: {
      kelurahan: { kind: 'kelurahan', id: digest.kelurahanId },
      from: { kind: 'datetime', id: digest.period.from.toISOString() },
      to: { kind: 'datetime', id: new Date(digest.period.to.getTime() - 1).toISOString() },
    },
  };
  if (digest.rows.length === 0) return [title, { key: 'escalation.digest.empty', params: {} }];
  return [
    title,
    ...digest.rows.map((row) => ({ key: 'escalation.digest.row', params: { ...row } })),
    { key: 'escalation.digest.totals', params: { ...digest.totals } },
  ];
}
