import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { ChildAccessLog } from '../app/children/child-access.js';
import type { ChildAccessEntry } from '../app/children/child-access.js';
import { isDuplicateKey } from './connect.js';
import type { Models } from './store.js';

/** The ObjectId a keyed entry is stored under: the same key, the same id, so a second insert is refused. */
function keyedId(key: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(key).digest('hex').slice(0, 24));
}

/**
 * The `child_access_log` collection: every staff read or change of a child's data, for the puskesmas
 * to read (`GET /api/admin/audit`). Appended only. An entry with a `key` (a turn's `staff.access`
 * effect) is stored under an id derived from it, once: appending it again changes nothing.
 *
 * @example
 * await log.record([{ at, staffId: 'per-kader-ani', role: 'kader', action: 'measurement.create', childId: 'ch-budi', via: 'chat' }]);
 * await log.list({ childId: 'ch-budi', since: new Date('2026-03-01'), limit: 100 });
 */
export class ChildAccessRepository implements ChildAccessLog {
  constructor(private readonly models: Models) {}

  async record(entries: readonly ChildAccessEntry[]): Promise<void> {
    const unkeyed = entries.filter((e) => e.key === undefined);
    if (unkeyed.length) await this.models.childAccess.insertMany(unkeyed.map((e) => ({ ...e })), { ordered: true });
    // One insert each, a duplicate ignored (as measurements are): insert-or-ignore by the unique _id.
    for (const { key, ...entry } of entries) {
      if (key === undefined) continue;
      try {
        await this.models.childAccess.create({ ...entry, _id: keyedId(key) });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }

  async list(query: { childId?: string; since?: Date; limit: number }): Promise<ChildAccessEntry[]> {
    const filter: Record<string, unknown> = {};
    if (query.childId) filter.childId = query.childId;
    if (query.since) filter.at = { $gte: query.since };
    const docs = await this.models.childAccess.find(filter, { _id: 0 }).sort({ at: 1, _id: 1 }).limit(query.limit).lean<ChildAccessEntry[]>();
    return docs;
  }
}
