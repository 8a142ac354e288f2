import type { VitaminACapsule } from './vitamin-a.js';

/** Who vouches for a record: the parent's report, or the kader (or puskesmas) who gave or saw the dose. */
export type DoseSource = 'parent' | 'kader' | 'puskesmas';

/** What was given: a routine dose of `schedule.json` by id, or a vitamin A capsule. */
export type GivenItem = { kind: 'dose'; dose: string } | { kind: 'vitamin_a'; capsule: VitaminACapsule };

/**
 * One dose given to a child, as reported or recorded, with its provenance. Records are never changed
 * but for `supersededBy`: a correction is a new record that names the one it corrects (`corrects`).
 */
export interface DoseRecord {
  _id: string;
  childId: string;
  item: GivenItem;
  /** The day the dose was given (ISO date), as the parent or kader said. */
  givenOn: string;
  source: DoseSource;
  /** The contact who reported or recorded it. */
  recordedBy: string;
  /** When it was recorded (ISO instant). */
  recordedAt: string;
  supersededBy: string | null;
  corrects: string | null;
}

/** What someone says was given, before it becomes records. */
export interface DoseReport {
  items: readonly GivenItem[];
  givenOn: string;
  source: DoseSource;
  recordedBy: string;
  recordedAt: string;
}

/** The records a report adds, the ones they correct, and the items already recorded as said. */
export interface DosePlan {
  add: DoseRecord[];
  /** `[old, new]`: the old record stays, marked superseded by the new one. */
  supersede: Array<[string, string]>;
  /** Items already in force with the same day (nothing to record), or kept because a kader's record outranks a parent's report. */
  unchanged: GivenItem[];
}

const RANK: Record<DoseSource, number> = { parent: 0, kader: 1, puskesmas: 1 };

/** Records still in force (not superseded), oldest given first. */
export function inForce(records: readonly DoseRecord[]): DoseRecord[] {
  return records.filter((r) => r.supersededBy === null).sort((a, b) => a.givenOn.localeCompare(b.givenOn) || a.recordedAt.localeCompare(b.recordedAt));
}

/**
 * The routine doses a child has received, by the records in force.
 *
 * @example
 * receivedDoses([{ item: { kind: 'dose', dose: 'bcg' }, supersededBy: null, … }]); // Set { 'bcg' }
 */
export function receivedDoses(records: readonly DoseRecord[]): Set<string> {
  return new Set(inForce(records).flatMap((r) => (r.item.kind === 'dose' ? [r.item.dose] : [])));
}

/** The key under which an item is one thing: a dose by id; vitamin A by the half-year (February or August round) it was given in. */
export function itemKey(item: GivenItem, givenOn: string): string {
  if (item.kind === 'dose') return `dose:${item.dose}`;
  const [year, month] = givenOn.split('-').map(Number) as [number, number];
  return `vitamin_a:${year}-${month <= 6 ? 'H1' : 'H2'}`;
}

/**
 * Turns a report into records. A dose (or a vitamin A round) already in force is corrected by a new
 * record when the day or capsule differs — the old one is kept, superseded — unless a parent reports
 * what a kader recorded: the kader's record stays. The same day again changes nothing. Ids come from
 * `idOf(i)`, derived by the caller from the turn, so a replayed turn plans the same records.
 *
 * @example
 * planDoses([], { items: [{ kind: 'dose', dose: 'bcg' }], givenOn: '2026-03-03', source: 'parent', … }, (i) => `im_${i}`).add.length; // 1
 */
export function planDoses(existing: readonly DoseRecord[], report: DoseReport, idOf: (index: number) => string, childId: string): DosePlan {
  const current = new Map(inForce(existing).map((r) => [itemKey(r.item, r.givenOn), r]));
  const plan: DosePlan = { add: [], supersede: [], unchanged: [] };
  report.items.forEach((item, index) => {
    const before = current.get(itemKey(item, report.givenOn));
    if (before && (RANK[before.source] > RANK[report.source] || (before.givenOn === report.givenOn && sameItem(before.item, item)))) {
      plan.unchanged.push(item);
      return;
    }
    const record: DoseRecord = {
      _id: idOf(index),
      childId,
      item,
      givenOn: report.givenOn,
      source: report.source,
      recordedBy: report.recordedBy,
      recordedAt: report.recordedAt,
      supersededBy: null,
      corrects: before?._id ?? null,
    };
    plan.add.push(record);
    if (before) plan.supersede.push([before._id, record._id]);
  });
  return plan;
}

function sameItem(a: GivenItem, b: GivenItem): boolean {
  return a.kind === 'dose' ? b.kind === 'dose' && a.dose === b.dose : b.kind === 'vitamin_a' && a.capsule === b.capsule;
}
