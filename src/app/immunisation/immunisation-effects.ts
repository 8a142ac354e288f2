import type { DoseRecord } from '../../domain/immunisation/index.js';

/**
 * Record what was given to a child: the new records (ids derived from the turn) and the older records
 * they correct (`[old, new]`, kept as history). Applying it twice stores the same.
 *
 * @example
 * { type: 'immunisation.record', id: 'im_3f2a…', records: [{ _id: 'im_3f2a…-0', item: { kind: 'dose', dose: 'bcg' }, … }], supersede: [] }
 */
export interface ImmunisationRecordEffect {
  readonly type: 'immunisation.record';
  readonly id: string;
  readonly records: readonly DoseRecord[];
  readonly supersede: ReadonlyArray<readonly [string, string]>;
}

export type ImmunisationEffect = ImmunisationRecordEffect;
