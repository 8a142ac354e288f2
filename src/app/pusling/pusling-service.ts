import type { Area } from '../../domain/escalation/area.js';
import {
  canSeePuslingRequest,
  decidePuslingRequest,
  rankRequests,
  requestPusling,
  type PuslingActionError,
  type PuslingCommand,
  type RankedRequest,
} from '../../domain/pusling/index.js';
import type { PuslingRequestRecord } from './pusling-records.js';
import { todayIn } from '../today.js';
import { applyPuslingEffect } from './pusling-effect-handlers.js';
import type { PuslingDecideEffect, PuslingRequestEffect } from './pusling-effects.js';
import { rwNeeds } from './need.js';
import type { PuslingActor } from './pusling-actor.js';
import { policyFor } from './policy.js';
import { planVisitReminders } from './visit-reminders.js';
import type { Clock } from '../../shared/clock.js';
import type { IdGenerator } from '../../shared/ids.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { PuslingJobs, PuslingReads, PuslingStore } from './pusling-ports.js';

/** What planning Pusling requests and decisions reads: nothing here can write. */
export type PuslingPlanDeps = { clock: Clock; contacts: ContactReads; registry: RegistryStore; pusling: PuslingReads };
/** What storing them at once (the API) adds: the store and its jobs, and ids. */
export type PuslingDeps = PuslingPlanDeps & { ids: IdGenerator; pusling: PuslingStore; puslingJobs: PuslingJobs };

/** An RW someone may ask a Pusling visit for. */
export interface RwChoice {
  kelurahanId: string;
  kelurahanName: string;
  rw: string;
}

/** What a requester fills in; the area is completed from the registry. */
export interface PuslingRequestForm {
  kelurahanId: string;
  rw: string;
  reasons: readonly string[];
  preferredDates: readonly string[];
  expectedPeople: number;
}

/** Errors beyond the domain's: the RW is unknown, an open request for it exists, a stale write, not the coordinator. */
export type PuslingServiceError = PuslingActionError | 'unknown_area' | 'duplicate' | 'not_found' | 'conflict' | 'not_coordinator';

export type PuslingOutcome =
  | { ok: true; record: PuslingRequestRecord }
  | { ok: false; error: PuslingServiceError; issues?: readonly string[]; existing?: PuslingRequestRecord };

/** A change worked out but not stored: the outcome, and the effect that stores it. */
export type Planned<E> = { ok: true; record: PuslingRequestRecord; effect: E } | Exclude<PuslingOutcome, { ok: true }>;

const OPEN = new Set(['requested', 'postponed']);

/**
 * Pusling use cases shared by the chat and the API: ask for a visit, see the ranked queue, decide,
 * and list what one may see. Every change keeps the domain's history and becomes an effect that
 * stores it and queues a job that tells the people concerned: the chat's commit applies it, the API
 * applies it at once (`PuslingService`). Reads only (`PuslingPlanDeps`).
 *
 * @example
 * const planned = await new PuslingPlanner(reads).planRequest(kader, { kelurahanId: 'kel-margahayu', rw: '03', reasons: ['distance'], preferredDates: [], expectedPeople: 40 }, 'chat', 'pr_1', now);
 */
export class PuslingPlanner {
  constructor(private readonly deps: PuslingPlanDeps) {}

  /** RWs the actor may ask for: a kader's posyandu RWs, a lurah's kelurahan, a puskesmas's kelurahan. */
  async rwChoices(who: PuslingActor): Promise<RwChoice[]> {
    const { actor } = who;
    const kelurahanRws = new Map<string, Set<string>>();
    const add = (kelurahanId: string, rws: readonly string[]) => {
      const set = kelurahanRws.get(kelurahanId) ?? new Set<string>();
      for (const rw of rws) set.add(rw);
      kelurahanRws.set(kelurahanId, set);
    };
    if (actor.role === 'kader') {
      for (const id of actor.posyanduIds ?? []) {
        const posyandu = await this.deps.registry.posyandu(id);
        if (posyandu) add(posyandu.kelurahanId, posyandu.rws);
      }
    } else if (actor.role === 'lurah') {
      for (const id of actor.kelurahanIds ?? []) add(id, (await this.deps.registry.kelurahan(id))?.rws ?? []);
    } else if (actor.role === 'puskesmas') {
      const all = await this.deps.registry.listKelurahan();
      for (const k of all.filter((k) => (actor.puskesmasIds ?? []).includes(k.puskesmasId))) add(k._id, k.rws);
    }
    const choices: RwChoice[] = [];
    for (const [kelurahanId, rws] of kelurahanRws) {
      const name = (await this.deps.registry.kelurahan(kelurahanId))?.name ?? kelurahanId;
      for (const rw of [...rws].sort()) choices.push({ kelurahanId, kelurahanName: name, rw });
    }
    return choices;
  }

  /** The full area of an RW: its kelurahan's puskesmas and the posyandu that serves it. */
  async areaOf(kelurahanId: string, rw: string): Promise<Area | null> {
    const kelurahan = await this.deps.registry.kelurahan(kelurahanId);
    if (!kelurahan?.rws.includes(rw)) return null;
    const posyandu = (await this.deps.registry.posyanduIn(kelurahanId)).find((p) => p.rws.includes(rw));
    return { ...(posyandu ? { posyanduId: posyandu._id } : {}), kelurahanId, rw, puskesmasId: kelurahan.puskesmasId };
  }

  /** A new request with id `id` as the effect that stores it; writes nothing. */
  async planRequest(who: PuslingActor, form: PuslingRequestForm, source: PuslingRequestRecord['source'], id: string, now: Date): Promise<Planned<PuslingRequestEffect>> {
    const area = await this.areaOf(form.kelurahanId, form.rw);
    if (!area) return { ok: false, error: 'unknown_area' };
    const input = { area, reasons: [...form.reasons], preferredDates: [...form.preferredDates], expectedPeople: form.expectedPeople };
    const created = requestPusling(input, who.actor, now, id);
    if (!created.ok) return { ok: false, error: created.error, ...(created.issues ? { issues: created.issues } : {}) };
    const existing = (await this.deps.pusling.ofPuskesmas(area.puskesmasId)).find((r) => r.request.area.kelurahanId === area.kelurahanId && r.request.area.rw === area.rw && this.stillOpen(r, now));
    if (existing) return { ok: false, error: 'duplicate', existing };
    const record: PuslingRequestRecord = { _id: created.request.id, request: created.request, endTime: null, source, revision: 1, updatedAt: now };
    return { ok: true, record, effect: { type: 'pusling.request', id: record._id, record } };
  }

  /** The coordinator's queue: requests waiting for a decision, by need, with the score's parts. */
  async queue(who: PuslingActor, now: Date): Promise<RankedRequest[] | 'not_coordinator'> {
    if (!who.coordinator) return 'not_coordinator';
    const records = (await Promise.all((who.actor.puskesmasIds ?? []).map((id) => this.deps.pusling.ofPuskesmas(id)))).flat();
    return this.rank(records, now);
  }

  /** The ranking the admin API lists, at this moment. */
  rankNow(records: readonly PuslingRequestRecord[]): Promise<RankedRequest[]> {
    return this.rank(records, this.deps.clock.now());
  }

  /** Every request of a puskesmas, for the admin API (the token holder may read them all). */
  ofPuskesmas(puskesmasId: string): Promise<PuslingRequestRecord[]> {
    return this.deps.pusling.ofPuskesmas(puskesmasId);
  }

  /** Ranks requests (any puskesmas) by need at `now`; the API's list uses it too. */
  async rank(records: readonly PuslingRequestRecord[], now: Date): Promise<RankedRequest[]> {
    const requests = records.map((r) => r.request);
    const needs = await rwNeeds(this.deps, requests.map((r) => r.area.kelurahanId));
    const puskesmas = requests[0] ? await this.deps.registry.puskesmas(requests[0].area.puskesmasId) : null;
    return rankRequests(requests, { needs, config: policyFor(puskesmas) }, now);
  }

  /** A request the actor may see, or null. */
  async visibleRequest(who: PuslingActor, id: string): Promise<PuslingRequestRecord | null> {
    const record = await this.deps.pusling.get(id);
    return record && this.maySee(who, record) ? record : null;
  }

  /** Every request the actor may see, newest change first. */
  async visible(who: PuslingActor): Promise<PuslingRequestRecord[]> {
    const { actor } = who;
    const records =
      actor.role === 'lurah' ? await this.deps.pusling.ofKelurahan(actor.kelurahanIds ?? [])
      : actor.role === 'puskesmas' ? (await Promise.all((actor.puskesmasIds ?? []).map((id) => this.deps.pusling.ofPuskesmas(id)))).flat()
      : await this.deps.pusling.ofPosyandu(actor.posyanduIds ?? []);
    return records.filter((r) => this.maySee(who, r));
  }

  /** The decision as the effect that stores it (`effectId` names the effect); writes nothing. */
  async planDecision(who: PuslingActor, id: string, command: PuslingCommand, endTime: string | null, effectId: string, now: Date): Promise<Planned<PuslingDecideEffect>> {
    const record = await this.deps.pusling.get(id);
    if (!record) return { ok: false, error: 'not_found' };
    if (who.actor.role === 'puskesmas' && !who.coordinator && canSeePuslingRequest(who.actor, record.request)) return { ok: false, error: 'not_coordinator' };
    const others = (await this.deps.pusling.ofPuskesmas(record.request.area.puskesmasId)).map((r) => r.request);
    const config = policyFor(await this.deps.registry.puskesmas(record.request.area.puskesmasId));
    if (command.action === 'schedule' && endTime !== null && endTime <= command.time) return { ok: false, error: 'invalid', issues: ['the visit must end after it starts'] };
    const decided = decidePuslingRequest(record.request, command, who.actor, now, { others, config });
    if (!decided.ok) return { ok: false, error: decided.error, ...(decided.issues ? { issues: decided.issues } : {}) };
    const next: PuslingRequestRecord = {
      ...record,
      request: decided.request,
      endTime: decided.request.state === 'scheduled' ? endTime : null,
      revision: record.revision + 1,
      updatedAt: now,
    };
    const old = record.request.schedule;
    const cancel = old && record.request.state === 'scheduled' ? planVisitReminders(id, old, new Date(0)).map((r) => r.job) : [];
    return { ok: true, record: next, effect: { type: 'pusling.decide', id: effectId, record: next, cancel } };
  }

  private maySee(who: PuslingActor, record: PuslingRequestRecord): boolean {
    if (!canSeePuslingRequest(who.actor, record.request)) return false;
    // A parent hears of the visit to their own RW, not of every RW their posyandu serves.
    if (who.actor.role !== 'parent') return true;
    return who.contact?.rw === record.request.area.rw && who.contact.kelurahanId === record.request.area.kelurahanId;
  }

  private stillOpen(record: PuslingRequestRecord, now: Date): boolean {
    const { request } = record;
    if (OPEN.has(request.state)) return true;
    return request.state === 'scheduled' && (request.schedule?.date ?? '') >= todayIn(now, request.schedule?.zone ?? 'Asia/Jakarta');
  }
}

/**
 * Pusling requests and decisions stored at once, outside a conversation (the admin API): plans,
 * then applies the effect itself. Flow actions use `PuslingPlanner` and return the effect instead.
 *
 * @example
 * await new PuslingService(deps).decide(who, 'pr-1', { action: 'reject', reason: 'other' });
 */
export class PuslingService extends PuslingPlanner {
  constructor(private readonly writes: PuslingDeps) {
    super(writes);
  }

  /** Asks for a visit and stores it at once (the API); the chat plans it and its turn's commit stores it. */
  async request(who: PuslingActor, form: PuslingRequestForm, source: PuslingRequestRecord['source']): Promise<PuslingOutcome> {
    const planned = await this.planRequest(who, form, source, this.writes.ids.next('pr'), this.writes.clock.now());
    if (!planned.ok) return planned;
    return (await applyPuslingEffect(this.writes, planned.effect)) ? planned : { ok: false, error: 'conflict' };
  }

  /**
   * A coordinator's decision: schedule (with the end of the time range), merge, postpone, reject.
   * Capacity, transitions and access are the domain's; a postponed visit's reminders are dropped.
   */
  async decide(who: PuslingActor, id: string, command: PuslingCommand, endTime: string | null = null): Promise<PuslingOutcome> {
    const planned = await this.planDecision(who, id, command, endTime, `pd-${id}`, this.writes.clock.now());
    if (!planned.ok) return planned;
    return (await applyPuslingEffect(this.writes, planned.effect)) ? planned : { ok: false, error: 'conflict' };
  }
}
