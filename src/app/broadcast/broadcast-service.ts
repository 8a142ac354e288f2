import { nextAllowedSendTime, posyanduZoneSchema } from '../../domain/schedule/index.js';
import type { AudienceMember, BroadcastPorts, BroadcastReads } from './broadcast-ports.js';
import { isReachable } from '../reachability.js';
import { quietHoursOf } from '../schedule/quiet-hours-of.js';
import type { Broadcast, BroadcastAudience, BroadcastBatch, BroadcastRecipient } from './broadcast-records.js';
import { caregiversOfUnderFives, toBatches } from './audience.js';
import { applyBroadcastEffect } from './broadcast-effect-handlers.js';
import type { BroadcastCancelEffect, BroadcastStartEffect } from './broadcast-effects.js';
import { dayAt, findBroadcaster, type Broadcaster } from './broadcaster.js';
import type { ContactReads } from '../contacts/contact-ports.js';
import { askerOf, type Asker } from '../contacts/asker.js';
import type { RegistryStore } from '../registry/registry-ports.js';
import type { ChildReads } from '../children/child-ports.js';
import type { ScheduleReads } from '../schedule/schedule-ports.js';
import type { Clock } from '../../shared/clock.js';
import type { IdGenerator } from '../../shared/ids.js';

/** What planning a broadcast reads: nothing here can write. */
export type BroadcastPlanDeps = { contacts: ContactReads; registry: RegistryStore; children: ChildReads; broadcasts: BroadcastReads; schedules: ScheduleReads };
type Deps = BroadcastPlanDeps & { broadcasts: BroadcastPorts; ids: IdGenerator; clock: Clock };

export type SenderStatus =
  | { kind: 'denied' }
  | { kind: 'limit'; perDay: number }
  | { kind: 'active'; broadcast: Broadcast }
  | { kind: 'ok'; sender: Broadcaster; left: number };

export interface AudienceCount {
  total: number;
  /** Opted out or unreachable now: they will be skipped unless that changes before their batch. */
  skipped: number;
}

/**
 * A kader's broadcasts as a turn plans them: may they send (registry, daily limit, one at a time),
 * who would receive it, and the effects that start it (recipients fixed in batches, then the queue
 * takes over) or cancel it; the turn's commit applies them. Reads only (`BroadcastPlanDeps`).
 *
 * @example
 * const started = await new BroadcastPlanner(reads).planStart(asker, 'Posyandu besok jam 8', { kind: 'all' }, now, 'bc_1');
 */
export class BroadcastPlanner {
  constructor(private readonly reads: BroadcastPlanDeps) {}

  async status(asker: Asker | null, now: Date): Promise<SenderStatus> {
    const sender = await findBroadcaster(this.reads, asker);
    if (!sender) return { kind: 'denied' };
    const { store, limits } = this.reads.broadcasts;
    const active = await store.activeOf(sender.person._id);
    if (active) return { kind: 'active', broadcast: active };
    const used = await store.countOn(sender.person._id, dayAt(now, sender.posyandu.timezone));
    if (used >= limits.perDay) return { kind: 'limit', perDay: limits.perDay };
    return { kind: 'ok', sender, left: limits.perDay - used };
  }

  async preview(asker: Asker | null, audience: BroadcastAudience, now: Date): Promise<AudienceCount | undefined> {
    const sender = await findBroadcaster(this.reads, asker);
    if (!sender) return undefined;
    const members = await this.members(sender, audience, now);
    return { total: members.length, skipped: members.filter((m) => m.optedOut || !isReachable(m)).length };
  }

  /**
   * The broadcast `id` as it would start, and the effect that starts it; writes nothing. `startsAt`
   * is later than now when the broadcast was confirmed inside the posyandu's quiet hours.
   */
  async planStart(asker: Asker | null, text: string, audience: BroadcastAudience, now: Date, id: string): Promise<Exclude<SenderStatus, { kind: 'ok' }> | { kind: 'none' } | { kind: 'started'; broadcast: Broadcast; startsAt: Date; effect: BroadcastStartEffect }> {
    const status = await this.status(asker, now);
    if (status.kind !== 'ok') return status;
    const { sender } = status;
    const { limits } = this.reads.broadcasts;
    const members = await this.members(sender, audience, now);
    if (members.length === 0) return { kind: 'none' };
    const recipients: BroadcastRecipient[] = members
      .filter((m) => !m.optedOut && isReachable(m))
      .map((m) => ({ contactId: m._id, channel: m.lastChannel!, address: m.lastAddress!, lang: m.lang }));
    const optedOut = members.filter((m) => m.optedOut).length;
    const quietHours = await quietHoursOf(this.reads, sender.posyandu._id);
    const slices = toBatches(recipients, limits.batchSize);
    const broadcast: Broadcast = {
      _id: id,
      posyanduId: sender.posyandu._id,
      posyanduName: sender.posyandu.name,
      senderId: sender.contact._id,
      senderPersonId: sender.person._id,
      text,
      audience,
      day: dayAt(now, sender.posyandu.timezone),
      total: members.length,
      optedOut,
      unreachable: members.length - recipients.length - optedOut,
      batches: slices.length,
      status: 'sending',
      zone: posyanduZoneSchema.parse(sender.posyandu.timezone),
      quietHours,
      createdAt: now,
      endedAt: null,
    };
    const batches: BroadcastBatch[] = slices.map((part, index) => ({ _id: `${id}-${index}`, broadcastId: id, index, recipients: part }));
    const effect: BroadcastStartEffect = { type: 'broadcast.start', id, broadcast, batches, checkEveryMs: limits.checkEveryMs };
    return { kind: 'started', broadcast, startsAt: nextAllowedSendTime(now, broadcast.zone, quietHours), effect };
  }

  /**
   * The sender's broadcast still sending, and the effect that stops its further fan-out (messages
   * already handed to a channel's send queue still go out); writes nothing.
   */
  async planCancel(asker: Asker | null, id: string, now: Date): Promise<{ kind: 'denied' } | { kind: 'none' } | { kind: 'cancelled'; broadcast: Broadcast; effect: BroadcastCancelEffect }> {
    const sender = await findBroadcaster(this.reads, asker);
    if (!sender) return { kind: 'denied' };
    const active = await this.reads.broadcasts.store.activeOf(sender.person._id);
    if (!active) return { kind: 'none' };
    return { kind: 'cancelled', broadcast: active, effect: { type: 'broadcast.cancel', id, broadcastId: active._id, at: now } };
  }

  /** Recipients now, sorted by id: the kader themself never receives their own broadcast. */
  private async members(sender: Broadcaster, audience: BroadcastAudience, now: Date): Promise<AudienceMember[]> {
    const { store } = this.reads.broadcasts;
    const posyanduId = sender.posyandu._id;
    let members: AudienceMember[];
    if (audience.kind === 'under5') {
      const today = dayAt(now, sender.posyandu.timezone);
      members = await store.members({ ids: caregiversOfUnderFives(await this.reads.children.ofPosyandu(posyanduId), today) });
    } else if (audience.kind === 'rw') members = await store.members({ posyanduId, rw: audience.rw });
    else if (audience.kind === 'group') members = await store.members({ posyanduId, group: { name: audience.group, at: now } });
    else members = await store.members({ posyanduId });
    return members.filter((m) => m._id !== sender.contact._id);
  }
}

/**
 * Broadcasts started or cancelled at once, outside a conversation (scripts, tests): plans, then
 * applies the effect itself. Flow actions use `BroadcastPlanner` and return the effect instead.
 *
 * @example
 * await new BroadcastService(deps).start(contactId, 'Posyandu besok jam 8', { kind: 'all' }, now);
 */
export class BroadcastService extends BroadcastPlanner {
  constructor(private readonly deps: Deps) {
    super(deps);
  }

  /** Starts a broadcast at once, outside a conversation (scripts, tests): plans it and applies its effect. */
  async start(contactId: string, text: string, audience: BroadcastAudience, now: Date): ReturnType<BroadcastPlanner['planStart']> {
    const started = await this.planStart(await askerOf(this.deps, contactId), text, audience, now, this.deps.ids.next('bc'));
    if (started.kind === 'started') await applyBroadcastEffect(this.deps, started.effect);
    return started;
  }

  /** Cancels at once, outside a conversation: plans it and applies its effect. */
  async cancel(contactId: string): ReturnType<BroadcastPlanner['planCancel']> {
    const cancelled = await this.planCancel(await askerOf(this.deps, contactId), `bx-${contactId}`, this.deps.clock.now());
    if (cancelled.kind === 'cancelled') await applyBroadcastEffect(this.deps, cancelled.effect);
    return cancelled;
  }
}
