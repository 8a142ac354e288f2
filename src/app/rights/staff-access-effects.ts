import type { ChildAccessEntry } from '../children/child-access.js';

/**
 * Staff used a child's data in the chat (a list, a view, a measurement…): the entries to append to
 * the staff access log. Each entry's `key` is derived from the effect's id, which is derived from the
 * action call's ref, so a replayed turn appends nothing new.
 *
 * @example
 * { type: 'staff.access', id: 'acc_…', entries: [{ key: 'acc_…|ch-budi', at, staffId: 'per-kader-ani', role: 'kader', action: 'child.view', childId: 'ch-budi', via: 'chat' }] }
 */
export interface StaffAccessEffect {
  readonly type: 'staff.access';
  readonly id: string;
  readonly entries: ReadonlyArray<ChildAccessEntry & { readonly key: string }>;
}
