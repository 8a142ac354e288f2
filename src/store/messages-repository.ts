import { isDuplicateKey } from './connect.js';
import { previousDeliveryStatuses } from '../app/delivery-status.js';
import { outboundId } from '../app/messages/outbound-id.js';
import type { DeliveryStatus, InboundRecord as InboundDoc, OutboundRecord as OutboundDoc, OutboundStatus } from '../app/messages/message-records.js';
import { addressKeysOf, sealOf } from './sealed-fields.js';
import type { Models } from './store.js';



/**
 * Inbound and outbound message records. The inbound id is `channel:platformId`, so the unique `_id`
 * turns a redelivered webhook or a replayed event into a no-op, durably, on MongoDB and FerretDB alike.
 */
export class MessagesRepository {
  constructor(private readonly models: Models) {}

  /** Records an inbound message; false when it was already recorded (a duplicate delivery). */
  async acceptInbound(doc: Omit<InboundDoc, 'status' | 'processedAt'>): Promise<boolean> {
    try {
      const addressKey = addressKeysOf(sealOf(this.models.connection), doc.channel, doc.address)[0];
      await this.models.inbound.create({ ...doc, addressKey, status: 'queued', processedAt: null });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /**
   * The message as the app knows it: a message recorded `queued` whose turn recorded its first reply
   * (the reply's id derives from the message's) is `processed`, so the turn writes no mark on it.
   */
  async getInbound(id: string): Promise<InboundDoc | null> {
    const record = await this.recordedInbound(id);
    if (record?.status !== 'queued') return record;
    const first = await this.models.outbound.findById(outboundId(id, 0), { createdAt: 1 }).lean<Pick<OutboundDoc, 'createdAt'>>();
    return first ? { ...record, status: 'processed', processedAt: first.createdAt } : record;
  }

  async recordedInbound(id: string): Promise<InboundDoc | null> {
    return this.models.inbound.findById(id).lean<InboundDoc>();
  }

  async markInbound(id: string, status: 'processed' | 'failed', at: Date, replyIds?: readonly string[]): Promise<void> {
    await this.models.inbound.updateOne({ _id: id }, { $set: { status, processedAt: at, ...(replyIds ? { replyIds: [...replyIds] } : {}) } });
  }

  /** Inbound messages set aside after repeated failures, newest first: how many, and the latest `limit`. */
  async failedInbound(limit: number): Promise<{ count: number; messages: Array<Pick<InboundDoc, '_id' | 'channel' | 'receivedAt' | 'processedAt'>> }> {
    const [count, messages] = await Promise.all([
      this.models.inbound.countDocuments({ status: 'failed' }),
      this.models.inbound.find({ status: 'failed' }, { channel: 1, receivedAt: 1, processedAt: 1 }).sort({ processedAt: -1 }).limit(limit).lean<Array<Pick<InboundDoc, '_id' | 'channel' | 'receivedAt' | 'processedAt'>>>(),
    ]);
    return { count, messages };
  }

  /** Inserts outbound records; ids already recorded (a turn redone after a crash) are left as they are. */
  async recordOutbound(docs: OutboundDoc[]): Promise<void> {
    if (!docs.length) return;
    try {
      await this.models.outbound.insertMany(docs, { ordered: false });
    } catch (error) {
      const writeErrors = (error as { writeErrors?: Array<{ code?: number; err?: { code?: number } }> }).writeErrors;
      const allDuplicates = writeErrors?.every((w) => (w.code ?? w.err?.code) === 11000);
      if (!isDuplicateKey(error) && !allDuplicates) throw error;
    }
  }

  async markOutbound(id: string, status: OutboundStatus, at: Date, error?: string): Promise<void> {
    await this.models.outbound.updateOne({ _id: id }, { $set: { status, ...(status === 'sent' ? { sentAt: at } : {}), ...(error ? { error } : {}) } });
  }

  /** Marks a message `sending` in the one round trip that reads it; null when it is unknown, sent or dropped. */
  async startSending(id: string): Promise<OutboundDoc | null> {
    // The record as it was: `sending` there means a crash came between a platform call and its `sent`.
    return this.models.outbound.findOneAndUpdate({ _id: id, status: { $nin: ['sent', 'dropped'] } }, { $set: { status: 'sending' } }, { returnDocument: 'before' }).lean<OutboundDoc>();
  }

  async markSent(id: string, at: Date, platformId?: string): Promise<void> {
    await this.models.outbound.updateOne({ _id: id }, { $set: { status: 'sent', sentAt: at, ...(platformId ? { platformId } : {}) } });
  }

  async notePlatformId(id: string, platformId: string): Promise<void> {
    await this.models.outbound.updateOne({ _id: id }, { $set: { platformId } });
  }

  /** The filter makes "never backwards" hold without reading first (receipts arrive out of order). */
  async recordDelivery(channel: string, platformId: string, status: DeliveryStatus, at: Date, error?: string): Promise<boolean> {
    const result = await this.models.outbound.updateOne(
      { channel, platformId, deliveryStatus: { $in: previousDeliveryStatuses(status) } },
      { $set: { deliveryStatus: status, deliveryAt: at, ...(status === 'failed' ? { deliveryError: error ?? 'unknown' } : {}) } },
    );
    return result.modifiedCount > 0;
  }

  async getOutbound(id: string): Promise<OutboundDoc | null> {
    return this.models.outbound.findById(id).lean<OutboundDoc>();
  }

  /** A message's replies that went out or wait to, in order: by the ids recorded on it (a turn with none going out), else by query. */
  async repliesTo(inboundId: string): Promise<OutboundDoc[]> {
    const inbound = await this.models.inbound.findById(inboundId, { replyIds: 1 }).lean<{ replyIds?: string[] }>();
    if (inbound?.replyIds) {
      const found = await Promise.all(inbound.replyIds.map((id) => this.models.outbound.findById(id).lean<OutboundDoc>()));
      return found.filter((doc): doc is OutboundDoc => doc !== null);
    }
    return this.models.outbound.find({ inReplyTo: inboundId, status: { $ne: 'dropped' } }).sort({ createdAt: 1, seq: 1 }).lean<OutboundDoc[]>();
  }


  async outboundFor(contactId: string): Promise<OutboundDoc[]> {
    return this.models.outbound.find({ contactId }).sort({ createdAt: 1, seq: 1 }).lean<OutboundDoc[]>();
  }

  async eraseFor(contactId: string, addresses: Array<{ channel: string; address: string }>, keepTurn?: string): Promise<void> {
    await this.models.outbound.deleteMany({ contactId, ...(keepTurn !== undefined ? { inReplyTo: { $ne: keepTurn } } : {}) });
    // Addresses are sealed: the messages of one are found by its lookup key, under every held key.
    for (const { channel, address } of addresses) {
      await this.models.inbound.deleteMany({ addressKey: { $in: addressKeysOf(sealOf(this.models.connection), channel, address) }, ...(keepTurn !== undefined ? { _id: { $ne: keepTurn } } : {}) });
    }
  }

  async eraseInbound(id: string): Promise<void> {
    await this.models.inbound.deleteOne({ _id: id });
  }
}
