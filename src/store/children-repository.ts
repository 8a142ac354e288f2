import type { Child as ChildDoc, ChildCorrection, Measurement as MeasurementDoc } from '../app/children/child-records.js';
import { isDuplicateKey } from './connect.js';
import type { Models } from './store.js';


/**
 * Children and their measurements. Access rules live in the app layer; this only stores.
 *
 * @example
 * const mine = await children.ofCaregiver(contactId);
 */
/** Orders children by name as the database did before names were sealed (binary order); ties by id. */
export function byName<T extends { name: string; _id: string }>(children: T[]): T[] {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return children.sort((a, b) => order(a.name, b.name) || order(a._id, b._id));
}

export class ChildrenRepository {
  constructor(private readonly models: Models) {}

  get(id: string): Promise<ChildDoc | null> {
    return this.models.children.findById(id).lean<ChildDoc>();
  }

  byCode(code: string): Promise<ChildDoc | null> {
    return this.models.children.findOne({ code }).lean<ChildDoc>();
  }

  ofCaregiver(contactId: string): Promise<ChildDoc[]> {
    return this.models.children.find({ caregiverIds: contactId }).sort({ birthDate: 1 }).lean<ChildDoc[]>();
  }

  /** By name; sorted after reading, since names are sealed at rest. */
  async ofPosyandu(posyanduId: string): Promise<ChildDoc[]> {
    return byName(await this.models.children.find({ posyanduId }).lean<ChildDoc[]>());
  }

  /** Inserts a child; false when the code collided (the caller draws another). */
  async insert(child: ChildDoc): Promise<boolean> {
    try {
      await this.models.children.create(child);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async addCaregiver(childId: string, contactId: string): Promise<void> {
    await this.models.children.updateOne({ _id: childId }, { $addToSet: { caregiverIds: contactId } });
  }

  /**
   * Removes a caregiver; a child left with nobody is erased with its measurements and dose records (UU PDP: deletion
   * on request), a child still cared for by others stays for them.
   */
  async removeCaregiver(contactId: string): Promise<{ erased: number; kept: number }> {
    const children = await this.ofCaregiver(contactId);
    let erased = 0;
    for (const child of children) {
      if (child.caregiverIds.length <= 1) {
        await this.models.measurements.deleteMany({ childId: child._id });
        await this.models.immunisations.deleteMany({ childId: child._id });
        await this.models.children.deleteOne({ _id: child._id });
        erased += 1;
      } else {
        await this.models.children.updateOne({ _id: child._id }, { $pull: { caregiverIds: contactId } });
      }
    }
    return { erased, kept: children.length - erased };
  }

  measurements(childId: string): Promise<MeasurementDoc[]> {
    return this.models.measurements.find({ childId, supersededBy: null }).sort({ date: 1, createdAt: 1 }).lean<MeasurementDoc[]>();
  }

  /** Inserts unless a measurement with this id exists (then nothing changes): applying a recorded turn twice stores one. */
  async insertMeasurement(doc: MeasurementDoc): Promise<void> {
    // Insert-or-ignore by the unique _id, atomic on MongoDB and FerretDB alike (an upsert with `$setOnInsert` lost the null fields on the test server).
    try {
      await this.models.measurements.create(doc);
    } catch (error) {
      if ((error as { code?: number }).code !== 11000) throw error;
    }
  }

  async supersede(ids: string[], by: string): Promise<void> {
    if (ids.length) await this.models.measurements.updateMany({ _id: { $in: ids } }, { $set: { supersededBy: by } });
  }

  measurement(id: string): Promise<MeasurementDoc | null> {
    return this.models.measurements.findById(id).lean<MeasurementDoc>();
  }

  async reassess(measurementId: string, result: MeasurementDoc['result']): Promise<void> {
    await this.models.measurements.updateOne({ _id: measurementId }, { $set: { result } });
  }

  async correct(childId: string, set: Partial<Pick<ChildDoc, 'name' | 'birthDate' | 'sex'>>, correction: ChildCorrection): Promise<void> {
    // A correction already appended (a replayed turn) matches no child: nothing is set or appended twice.
    const fresh = correction.id !== undefined ? { 'corrections.id': { $ne: correction.id } } : {};
    // FerretDB v1.24 matches `$ne` on an array's field even when an element holds the value: asked first.
    if (correction.id !== undefined) {
      const stored = await this.models.children.findById(childId, { corrections: 1 }).lean();
      if (stored?.corrections?.some((c) => c.id === correction.id)) return;
    }
    await this.models.children.updateOne({ _id: childId, ...fresh }, { $set: set, $push: { corrections: correction } });
  }
}
