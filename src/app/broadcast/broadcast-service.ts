import { nextAllowedSendTime, posyanduZoneSchema } from '../../domain/schedule/index.js';
import type { AppDeps, AudienceMember } from '../ports.js';
import { isReachable } from '../reachability.js';
import { quietHoursOf } from '../schedule/quiet-hours-of.js';
import type { Broadcast, BroadcastAudience, BroadcastBatch, BroadcastRecipient } from '../records.js';
import { caregiversOfUnderFives, toBatches } from './audience.js';
import { applyBroadcastEffect } from './broadcast-effect-handlers.js';
import type { BroadcastCancelEffect, BroadcastStartEffect } from './broadcast-effects.js';
import { dayAt, findBroadcaster, type Broadcaster } from './broadcaster.js';

type Deps = Pick<AppDeps, 'contacts' | 'registry' | 'children' | 'broadcasts' | 'schedules' | 'clock' | 'ids'>;

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
 * A kader's broadcasts: may they send (registry, daily limit, one at a time), who would receive it,
 * start it (recipients fixed in batches, then the queue takes over), cancel it. Starting and
 * cancelling are planned here as effects; the turn's commit applies them.
 *
 * @example
 * const started = await broadcasts.planStart(contactId, 'Posyandu besok jam 8', { kind: 'all' }, now, 'bc_1');
 */
export class BroadcastService {
  constructor(private readonly deps: Deps) {}

  async status(contactId: string, now: Date): Promise<SenderStatus> {
    const sender = await findBroadcaster(this.deps, contactId);
    if (!sender) return { kind: 'denied' };
    const { store, limits } = this.deps.broadcasts;
    const active = await store.activeOf(sender.person._id);
    if (active) return { kind: 'active', broadcast: active };
    const used = await store.countOn(sender.person._id, dayAt(now, sender.posyandu.timezone));
    if (used >= limits.perDay) return { kind: 'limit', perDay: limits.perDay };
    return { kind: 'ok', sender, left: limits.perDay - used };
  }

  async preview(contactId: string, audience: BroadcastAudience, now: Date): Promise<AudienceCount | undefined> {
    const sender = await findBroadcaster(this.deps, contactId);
    if (!sender) return undefined;
    const members = await this.members(sender, audience, now);
    return { total: members.length, skipped: members.filter((m) => m.optedOut || !isReachable(m)).length };
  }

  /** Starts a broadcast at once, outside a conversation (scripts, tests): plans it and applies its effect. */
  async start(contactId: string, text: string, audience: BroadcastAudience, now: Date): ReturnType<BroadcastService['planStart']> {
    const started = await this.planStart(contactId, text, audience, now, this.deps.ids.next('bc'));
    if (started.kind === 'started') await applyBroadcastEffect(this.deps, started.effect);
    return started;
  }

  /** Cancels at once, outside a conversation: plans it and applies its effect. */
  async cancel(contactId: string): ReturnType<BroadcastService['planCancel']> {
    const cancelled = await this.planCancel(contactId, `bx-${contactId}`);
    if (cancelled.kind === 'cancelled') await applyBroadcastEffect(this.deps, cancelled.effect);
    return cancelled;
  }

  /**
   * The broadcast `id` as it would start, and the effect that starts it; writes nothing. `startsAt`
   * is later than now when the broadcast was confirmed inside the posyandu's quiet hours.
   */
  async planStart(contactId: string, text: string, audience: BroadcastAudience, now: Date, id: string): Promise<Exclude<SenderStatus, { kind: 'ok' }> | { kind: 'none' } | { kind: 'started'; broadcast: Broadcast; startsAt: Date; effect: BroadcastStartEffect }> {
    const status = await this.status(contactId, now);
    if (status.kind !== 'ok') return status;
    const { sender } = status;
    const { limits } = this.deps.broadcasts;
    const members = await this.members(sender, audience, now);
    if (members.length === 0) return { kind: 'none' };
    const recipients: BroadcastRecipient[] = members
      .filter((m) => !m.optedOut && isReachable(m))
      .map((m) => ({ contactId: m._id, channel: m.lastChannel!, address: m.lastAddress!, lang: m.lang }));
    const optedOut = members.filter((m) => m.optedOut).length;
    const quietHours = await quietHoursOf(this.deps, sender.posyandu._id);
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
    const batches: BroadcastBatch[] = slices.map((part, index) => ({ _id: `${id}-${index}`, broadcastId: id, index, recipients: part, done: false, queued: 0, cancelled: false }));
    const effect: BroadcastStartEffect = { type: 'broadcast.start', id, broadcast, batches, checkEveryMs: limits.checkEveryMs };
    return { kind: 'started', broadcast, startsAt: nextAllowedSendTime(now, broadcast.zone, quietHours), effect };
  }

  /**
   * The sender's broadcast still sending, and the effect that stops its further fan-out (messages
   * already handed to a channel's send queue still go out); writes nothing.
   */
  async planCancel(contactId: string, id: string): Promise<{ kind: 'denied' } | { kind: 'none' } | { kind: 'cancelled'; broadcast: Broadcast; effect: BroadcastCancelEffect }> {
    const sender = await findBroadcaster(this.deps, contactId);
    if (!sender) return { kind: 'denied' };
    const active = await this.deps.broadcasts.store.activeOf(sender.person._id);
    if (!active) return { kind: 'none' };
    return { kind: 'cancelled', broadcast: active, effect: { type: 'broadcast.cancel', id, broadcastId: active._id, at: this.deps.clock.now() } };
  }

  /** Recipients now, sorted by id: the kader themself never receives their own broadcast. */
  private async members(sender: Broadcaster, audience: BroadcastAudience, now: Date): Promise<AudienceMember[]> {
    const { store } = this.deps.broadcasts;
    const posyanduId = sender.posyandu._id;
    let members: AudienceMember[];
    if (audience.kind === 'under5') {
      const today = dayAt(now, sender.posyandu.timezone);
      members = await store.members({ ids: caregiversOfUnderFives(await this.deps.children.ofPosyandu(posyanduId), today) });
    } else if (audience.kind === 'rw') members = await store.members({ posyanduId, rw: audience.rw });
    else if (audience.kind === 'group') members = await store.members({ posyanduId, group: { name: audience.group, at: now } });
    else members = await store.members({ posyanduId });
    return members.filter((m) => m._id !== sender.contact._id);
  }
}
