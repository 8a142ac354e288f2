/** A child: the least data the growth standards need (nickname, sex, date of birth) and where they are served. */
export interface Child {
  _id: string;
  /** Short code a caregiver shares with another caregiver to link the same child. */
  code: string;
  name: string;
  sex: 1 | 2;
  birthDate: string;
  posyanduId: string | null;
  kelurahanId: string | null;
  rw: string | null;
  caregiverIds: string[];
  createdAt: Date;
  /** Every correction a caregiver made (KOREKSI), oldest first: the old value is never lost. Erased with the child. */
  corrections?: ChildCorrection[];
}

/** One correction of a child's own data: which field, from what to what, by whom and when. */
export interface ChildCorrection {
  /** The correcting turn's effect id: the same correction applied again is appended once. Absent on corrections stored before. */
  id?: string;
  at: Date;
  /** The contact who corrected it. */
  by: string;
  field: 'name' | 'birthDate' | 'sex';
  from: string | number;
  to: string | number;
}

/** Who vouches for a measurement; a kader's supersedes a parent's report of the same day. */
export type MeasurementSource = 'parent' | 'kader' | 'puskesmas';

export interface Measurement {
  _id: string;
  childId: string;
  posyanduId: string | null;
  /** Visit date, YYYY-MM-DD, and its month key YYYY-MM for monthly (KMS) logic and aggregation. */
  date: string;
  month: string;
  weightKg: number | null;
  lengthCm: number | null;
  measure: 'L' | 'H' | null;
  headCm: number | null;
  armCm: number | null;
  oedema: boolean;
  source: MeasurementSource;
  recordedBy: string;
  /** Results at save time: z-scores (2 dp), Permenkes categories, KMS status. */
  result: Record<string, unknown>;
  supersededBy: string | null;
  /** The measurement this one corrects (KOREKSI); that one is superseded by this, never deleted. */
  corrects?: string | null;
  createdAt: Date;
}
