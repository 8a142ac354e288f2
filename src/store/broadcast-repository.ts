import type { AudienceMember, AudienceQuery } from '../app/broadcast/broadcast-ports.js';
import type { Broadcast, BroadcastBatch } from '../app/broadcast/broadcast-records.js';
import type { ContactGroup } from '../app/contacts/contact-records.js';
import type { OutboundStatus } from '../app/messages/message-records.js';
import type { Models } from './store.js';

/** Members of a group; a pregnancy counts only until its `pregnantUntil`. */
function groupFilter(group: { name: ContactGroup; at: Date }): Record<string, unknown> {
  return group.name === 'pregnant' ? { groups: 'pregnant', pregnantUntil: { $gt: group.at } } : { groups: group.name };
}

const MEMBER_FIELDS = { _id: 1, lang: 1, optedOut: 1, lastChannel: 1, lastAddress: 1, unreachable: 1 } as const;

/**
 * Broadcasts, their batches, and the audience queries behind them. Only consenting contacts are
 * ever an audience.
 *
 * @example
 * const members = await broadcasts.members({ posyanduId: 'psy-mawar', rw: '03' });
 */
export class BroadcastRepository {
  constructor(private readonly models: Models) {}

  async create(broadcast: Broadcast, batches: BroadcastBatch[]): Promise<void> {
    // The broadcast's id is derived from the turn that started it: a replayed start finds its documents there.
    await ignoringDuplicates(this.models.broadcastBatches.insertMany(batches, { ordered: false }));
    await ignoringDuplicates(this.models.broadcasts.create(broadcast));
  }

  get(id: string): Promise<Broadcast | null> {
    return this.models.broadcasts.findById(id).lean<Broadcast>();
  }

  activeOf(senderPersonId: string): Promise<Broadcast | null> {
    return this.models.broadcasts.findOne({ senderPersonId, status: 'sending' }).lean<Broadcast>();
  }

  countOn(senderPersonId: string, day: string): Promise<number> {
    return this.models.broadcasts.countDocuments({ senderPersonId, day });
  }

  batch(broadcastId: string, index: number): Promise<BroadcastBatch | null> {
    return this.models.broadcastBatches.findById(`${broadcastId}-${index}`).lean<BroadcastBatch>();
  }

  batches(broadcastId: string): Promise<BroadcastBatch[]> {
    return this.models.broadcastBatches.find({ broadcastId }).sort({ index: 1 }).lean<BroadcastBatch[]>();
  }

  async finishBatch(broadcastId: string, index: number, counts: Pick<BroadcastBatch, 'queued' | 'cancelled'>): Promise<void> {
    await this.models.broadcastBatches.updateOne({ _id: `${broadcastId}-${index}` }, { $set: { ...counts, done: true } });
  }

  async end(id: string, status: 'done' | 'cancelled', at: Date): Promise<boolean> {
    const result = await this.models.broadcasts.updateOne({ _id: id, status: 'sending' }, { $set: { status, endedAt: at } });
    return result.modifiedCount > 0;
  }

  members(query: AudienceQuery): Promise<AudienceMember[]> {
    const filter: Record<string, unknown> =
      'ids' in query
        ? { _id: { $in: query.ids } }
        : { posyanduId: query.posyanduId, role: 'parent', ...(query.rw ? { rw: query.rw } : {}), ...(query.group ? groupFilter(query.group) : {}) };
    return this.models.contacts.find({ ...filter, consentAt: { $ne: null } }, MEMBER_FIELDS).sort({ _id: 1 }).lean<AudienceMember[]>();
  }

  async outboundCounts(broadcastId: string): Promise<Partial<Record<OutboundStatus, number>>> {
    const groups = await this.models.outbound.aggregate<{ _id: OutboundStatus; n: number }>([{ $match: { broadcastId } }, { $group: { _id: '$status', n: { $sum: 1 } } }]);
    return Object.fromEntries(groups.map((g) => [g._id, g.n]));
  }
}

async function ignoringDuplicates(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
  }
}
