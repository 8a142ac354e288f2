import type { Child, ChildCorrection, Measurement } from './child-records.js';

export interface ChildStore {
  get(id: string): Promise<Child | null>;
  byCode(code: string): Promise<Child | null>;
  ofCaregiver(contactId: string): Promise<Child[]>;
  ofPosyandu(posyanduId: string): Promise<Child[]>;
  insert(child: Child): Promise<boolean>;
  addCaregiver(childId: string, contactId: string): Promise<void>;
  removeCaregiver(contactId: string): Promise<{ erased: number; kept: number }>;
  measurements(childId: string): Promise<Measurement[]>;
  /** Inserts by id: a second insert of the same id changes nothing (a replayed turn stores one). */
  insertMeasurement(doc: Measurement): Promise<void>;
  supersede(ids: string[], by: string): Promise<void>;
  /** One measurement by id, superseded or not. */
  measurement(id: string): Promise<Measurement | null>;
  /** Sets corrected fields and appends the correction (with the old value) in one update. */
  correct(childId: string, set: Partial<Pick<Child, 'name' | 'birthDate' | 'sex'>>, correction: ChildCorrection): Promise<void>;
  /** Replaces a measurement's derived results (z-scores, categories) after the child's birth date or sex was corrected. */
  reassess(measurementId: string, result: Measurement['result']): Promise<void>;
}

/**
 * Children and their measurements as an action reads them: no insert, link, correction or
 * supersede (those are child, growth and correction effects, applied by the commit).
 *
 * @example
 * const reads: ChildReads = deps.children; // `reads.insert` does not compile
 */
export type ChildReads = Pick<ChildStore, 'get' | 'byCode' | 'ofCaregiver' | 'ofPosyandu' | 'measurements' | 'measurement'>;
