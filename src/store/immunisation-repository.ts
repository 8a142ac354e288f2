import type { ImmunisationStore } from '../app/immunisation/immunisation-ports.js';
import type { DoseRecord } from '../domain/immunisation/index.js';
import type { Models } from './store.js';

/** Oldest given first: the day is sealed, so the order is made after reading. */
const byGiven = (a: DoseRecord, b: DoseRecord) => a.givenOn.localeCompare(b.givenOn) || a.recordedAt.localeCompare(b.recordedAt);

/**
 * Dose records: inserted by id (a replayed turn stores one), superseded, never changed otherwise.
 * Sealed at rest (`models/immunisation.ts`). Erased with the child (`ChildrenRepository.removeCaregiver`).
 *
 * @example
 * await new ImmunisationRepository(models).ofChild('ch-budi'); // every record, superseded ones too
 */
export class ImmunisationRepository implements ImmunisationStore {
  constructor(private readonly models: Models) {}

  async ofChild(childId: string): Promise<DoseRecord[]> {
    return (await this.models.immunisations.find({ childId }).lean<DoseRecord[]>()).sort(byGiven);
  }

  async ofChildren(childIds: readonly string[]): Promise<Map<string, DoseRecord[]>> {
    const found = (await this.models.immunisations.find({ childId: { $in: [...childIds] } }).lean<DoseRecord[]>()).sort(byGiven);
    const byChild = new Map<string, DoseRecord[]>(childIds.map((id) => [id, []]));
    for (const record of found) byChild.get(record.childId)?.push(record);
    return byChild;
  }

  async insert(record: DoseRecord): Promise<void> {
    // Insert-or-ignore by the unique _id, as measurements do (atomic on MongoDB and FerretDB alike).
    try {
      await this.models.immunisations.create(record);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }

  async supersede(id: string, by: string): Promise<void> {
    await this.models.immunisations.updateOne({ _id: id, supersededBy: null }, { $set: { supersededBy: by } });
  }
}
