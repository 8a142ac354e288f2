import type { ChildAccessLog } from '../app/ports.js';
import type { ChildAccessEntry } from '../app/records.js';
import type { Models } from './store.js';

/**
 * The `child_access_log` collection: every staff read or change of a child's data, for the puskesmas
 * to read (`GET /api/admin/audit`). Appended only.
 *
 * @example
 * await log.record([{ at, staffId: 'per-kader-ani', role: 'kader', action: 'measurement.create', childId: 'ch-budi', via: 'chat' }]);
 * await log.list({ childId: 'ch-budi', since: new Date('2026-03-01'), limit: 100 });
 */
export class ChildAccessRepository implements ChildAccessLog {
  constructor(private readonly models: Models) {}

  async record(entries: readonly ChildAccessEntry[]): Promise<void> {
    if (entries.length) await this.models.childAccess.insertMany(entries.map((e) => ({ ...e })), { ordered: true });
  }

  async list(query: { childId?: string; since?: Date; limit: number }): Promise<ChildAccessEntry[]> {
    const filter: Record<string, unknown> = {};
    if (query.childId) filter.childId = query.childId;
    if (query.since) filter.at = { $gte: query.since };
    const docs = await this.models.childAccess.find(filter, { _id: 0 }).sort({ at: 1, _id: 1 }).limit(query.limit).lean<ChildAccessEntry[]>();
    return docs;
  }
}
