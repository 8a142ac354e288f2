import type { DoseRecord } from '../../domain/immunisation/index.js';

/**
 * Where dose records live. Reads return every record of a child, superseded ones too (the history);
 * `inForce` from the domain picks the current ones.
 *
 * @example
 * const records = await immunisations.ofChild('ch-budi');
 */
export interface ImmunisationStore {
  ofChild(childId: string): Promise<DoseRecord[]>;
  /** Each child's records, in one read (the sweeping list and reminders read a whole posyandu). */
  ofChildren(childIds: readonly string[]): Promise<Map<string, DoseRecord[]>>;
  /** Inserts by id: a second insert of the same id changes nothing. */
  insert(record: DoseRecord): Promise<void>;
  /** Marks a record as corrected by another; it stays as history. */
  supersede(id: string, by: string): Promise<void>;
}

/** Dose records as an action reads them; a dose given is an immunisation effect. */
export type DoseReads = Pick<ImmunisationStore, 'ofChild' | 'ofChildren'>;
