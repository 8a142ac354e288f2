import type { AudienceMember, AudienceQuery } from '../app/broadcast/broadcast-ports.js';
import type { BatchProgress, Broadcast, BroadcastBatch } from '../app/broadcast/broadcast-records.js';
import type { ContactGroup } from '../app/contacts/contact-records.js';
import type { OutboundStatus } from '../app/messages/message-records.js';
import type { Models } from './store.js';

/** Members of a group; a pregnancy counts only until its `pregnantUntil`. */
function groupFilter(group: { name: ContactGroup; at: Date }): Record<string, unknown> {
  return group.name === 'pregnant' ? { groups: 'pregnant', pregnantUntil: { $gt: group.at } } : { groups: group.name };
}

/** Members per cursor batch: with only {@link MEMBER_FIELDS}, 10,000 are well under a reply's 16 MiB. */
const AUDIENCE_BATCH = 10_000;

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
    const progress: BatchProgress[] = batches.map(({ _id, broadcastId, index, recipients }) => ({ _id, broadcastId, index, size: recipients.length, done: false, queued: 0, cancelled: false }));
    await Promise.all([
      ignoringDuplicates(this.models.broadcastBatches.insertMany(batches, { ordered: false })),
      ignoringDuplicates(this.models.batchProgress.insertMany(progress, { ordered: false })),
    ]);
    // Last: a broadcast on record has all its batches.
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

  progress(broadcastId: string, index: number): Promise<BatchProgress | null> {
    return this.models.batchProgress.findById(`${broadcastId}-${index}`).lean<BatchProgress>();
  }

  progressOf(broadcastId: string): Promise<BatchProgress[]> {
    return this.models.batchProgress.find({ broadcastId }).sort({ index: 1 }).lean<BatchProgress[]>();
  }

  async finishBatch(broadcastId: string, index: number, counts: Pick<BatchProgress, 'queued' | 'cancelled'>): Promise<void> {
    await this.models.batchProgress.updateOne({ _id: `${broadcastId}-${index}` }, { $set: { ...counts, done: true } });
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
    // Large cursor batches: a posyandu's whole audience in a round trip or two, not one per 101 members.
    return this.models.contacts.find({ ...filter, consentAt: { $ne: null } }, MEMBER_FIELDS).sort({ _id: 1 }).batchSize(AUDIENCE_BATCH).lean<AudienceMember[]>();
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
