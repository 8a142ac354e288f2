import type { AlertScope, AlertStore } from '../app/escalation/escalation-ports.js';
import type { AlertDelivery, AlertRecord } from '../app/escalation/escalation-records.js';
import type { AlertHistoryEntry, AlertState } from '../domain/escalation/index.js';
import type { AlertDoc } from './models/alert.js';
import type { Models } from './store.js';

const UNRESOLVED: AlertState[] = ['open', 'acknowledged', 'referred'];

function toAlert(doc: AlertDoc): AlertRecord {
  const { _id, history, area, ...rest } = doc;
  return {
    ...rest,
    id: _id,
    area: { ...(area.posyanduId ? { posyanduId: area.posyanduId } : {}), kelurahanId: area.kelurahanId, rw: area.rw, puskesmasId: area.puskesmasId },
    history: history as unknown as AlertHistoryEntry[],
  };
}

/** Mongo drops `undefined` but keeps the key on some drivers; history entries are stored without them. */
function plain(entry: AlertHistoryEntry): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
}

/**
 * Alerts in MongoDB with their history embedded. Every change is one `$set` plus one `$push` of a
 * single entry (no `$each`, no positional updates: both are outside the FerretDB subset).
 *
 * @example
 * const alerts = new AlertRepository(models);
 * await alerts.change('al-1', { state: 'acknowledged', level: 'kader', ackDueAt: null }, entry, now);
 */
export class AlertRepository implements AlertStore {
  constructor(private readonly models: Models) {}

  async get(id: string): Promise<AlertRecord | null> {
    const doc = await this.models.alerts.findById(id).lean<AlertDoc>();
    return doc ? toAlert(doc) : null;
  }

  async insert(alert: AlertRecord): Promise<boolean> {
    const { id, history, ...rest } = alert;
    try {
      await this.models.alerts.create({ ...rest, _id: id, history: history.map(plain) });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === 11000) return false;
      throw error;
    }
  }

  async change(id: string, set: Pick<AlertRecord, 'state' | 'level' | 'ackDueAt'>, entry: AlertHistoryEntry, at: Date): Promise<void> {
    await this.models.alerts.updateOne({ _id: id }, { $set: { state: set.state, level: set.level, ackDueAt: set.ackDueAt, updatedAt: at }, $push: { history: plain(entry) } });
  }

  async addDelivery(id: string, delivery: AlertDelivery): Promise<void> {
    await this.models.alerts.updateOne({ _id: id }, { $push: { deliveries: delivery } });
  }

  async ofEpisode(episodeId: string): Promise<AlertRecord[]> {
    return (await this.models.alerts.find({ episodeId }).sort({ openedAt: 1, _id: 1 }).lean<AlertDoc[]>()).map(toAlert);
  }

  /** How many alerts wait in each unresolved state, everywhere (the operators' gauge). */
  async countUnresolved(): Promise<Record<string, number>> {
    const counts = await Promise.all(UNRESOLVED.map(async (state) => [state, await this.models.alerts.countDocuments({ state })] as const));
    return Object.fromEntries(counts);
  }

  async unresolvedIn(scope: AlertScope): Promise<AlertRecord[]> {
    const places = [
      ...(scope.posyanduIds?.length ? [{ 'area.posyanduId': { $in: [...scope.posyanduIds] } }] : []),
      ...(scope.kelurahanIds?.length ? [{ 'area.kelurahanId': { $in: [...scope.kelurahanIds] } }] : []),
      ...(scope.puskesmasIds?.length ? [{ 'area.puskesmasId': { $in: [...scope.puskesmasIds] } }] : []),
    ];
    if (places.length === 0) return [];
    const docs = await this.models.alerts.find({ state: { $in: UNRESOLVED }, $or: places }).sort({ openedAt: -1, _id: -1 }).lean<AlertDoc[]>();
    return docs.map(toAlert);
  }

  async overdue(now: Date): Promise<AlertRecord[]> {
    return (await this.models.alerts.find({ state: 'open', ackDueAt: { $lte: now } }).sort({ ackDueAt: 1 }).lean<AlertDoc[]>()).map(toAlert);
  }

  async forDigest(kelurahanId: string, since: Date): Promise<AlertRecord[]> {
    const docs = await this.models.alerts.find({ 'area.kelurahanId': kelurahanId, $or: [{ state: 'open' }, { updatedAt: { $gte: since } }] }).lean<AlertDoc[]>();
    return docs.map(toAlert);
  }

  async openParentRequest(childId: string): Promise<AlertRecord | null> {
    const doc = await this.models.alerts.findOne({ childId, origin: 'parent_request', state: { $in: UNRESOLVED } }).lean<AlertDoc>();
    return doc ? toAlert(doc) : null;
  }
}
