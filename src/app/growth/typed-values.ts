import { parseMeasurementText, type MeasurementField } from '../../domain/measurement/index.js';
import type { IssueField } from './issue-fields.js';

/**
 * A visit's values while a conversation collects them: kept in the session (JSON), replaced whole at
 * each step so nothing leaks from one child to the next.
 */
export interface FlowValues {
  weightKg?: number;
  lengthCm?: number;
  headCm?: number;
  armCm?: number;
  position?: 'L' | 'H';
  oedema?: boolean;
  /** Values confirmed as typed despite a plausibility question. */
  accepted: IssueField[];
}

/** A problem with the typed values; `two_values` carries the measure and its values, to ask which one. */
export interface ValuesProblem {
  code: string;
  token: string;
  field?: MeasurementField;
  values?: number[];
}

export type ReadValues = { ok: true; values: FlowValues } | { ok: false; problem: ValuesProblem };

/** The value picked for a measure typed twice ("8,5 atau 8,7 kg?" → 8.7). */
export type Picks = Partial<Record<MeasurementField, number>>;

// "edema", "oedema", "bengkak" (swelling) mark oedema; "tidak/tanpa/no/teu" before them deny it.
const OEDEMA = /\b(o?edema|bengkak)\b/i;
const NO_OEDEMA = /\b(tidak|tdk|tanpa|no|non|teu|henteu)\s+(ada\s+)?(o?edema|bengkak)\b/i;

/**
 * Reads typed measurements ("BB 8,5 kg TB 72 cm", "8500 gram", "PB 72 berbaring edema"); the first
 * problem the parser found is returned so the bot can re-ask about it. A measure typed twice with
 * different numbers takes the value picked for it in `picks`, once the person has said which.
 *
 * @example
 * readTypedValues('BB 8,5 kg PB 72'); // { ok: true, values: { weightKg: 8.5, lengthCm: 72, position: 'L', accepted: [] } }
 * readTypedValues('BB 8,5 BB 8,7');   // { ok: false, problem: { code: 'two_values', token: '8,7', field: 'weightKg', values: [8.5, 8.7] } }
 * readTypedValues('BB 8,5 BB 8,7', { weightKg: 8.7 }); // { ok: true, values: { weightKg: 8.7, accepted: [] } }
 */
export function readTypedValues(text: string, picks: Picks = {}): ReadValues {
  const parsed = parseMeasurementText(text);
  const picked = (field: MeasurementField | undefined, values: number[] | undefined): boolean => field !== undefined && values?.includes(picks[field] ?? NaN) === true;
  const [problem] = parsed.problems.filter((p) => !(p.code === 'two_values' && picked(p.field, p.values)));
  if (problem) return { ok: false, problem: { code: problem.code, token: problem.token, ...(problem.field ? { field: problem.field } : {}), ...(problem.values ? { values: problem.values } : {}) } };
  for (const p of parsed.problems) if (p.field && picked(p.field, p.values)) parsed[p.field] = picks[p.field];
  const oedema = OEDEMA.test(text) && !NO_OEDEMA.test(text);
  return {
    ok: true,
    values: {
      ...(parsed.weightKg !== undefined ? { weightKg: parsed.weightKg } : {}),
      ...(parsed.lengthCm !== undefined ? { lengthCm: parsed.lengthCm } : {}),
      ...(parsed.headCm !== undefined ? { headCm: parsed.headCm } : {}),
      ...(parsed.armCm !== undefined ? { armCm: parsed.armCm } : {}),
      ...(parsed.position !== undefined ? { position: parsed.position } : {}),
      ...(oedema ? { oedema: true } : {}),
      accepted: [],
    },
  };
}

/**
 * Session JSON back to values; anything malformed is dropped rather than trusted.
 *
 * @example
 * flowValues({ weightKg: 8.5, accepted: ['weight'] }); // { weightKg: 8.5, accepted: ['weight'] }
 */
export function flowValues(json: unknown): FlowValues {
  const o = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const num = (k: string): { [key: string]: number } => (typeof o[k] === 'number' && Number.isFinite(o[k]) ? { [k]: o[k] as number } : {});
  const fields: IssueField[] = ['weight', 'length', 'head', 'arm'];
  return {
    ...num('weightKg'),
    ...num('lengthCm'),
    ...num('headCm'),
    ...num('armCm'),
    ...(o.position === 'L' || o.position === 'H' ? { position: o.position } : {}),
    ...(o.oedema === true ? { oedema: true } : {}),
    accepted: Array.isArray(o.accepted) ? fields.filter((f) => (o.accepted as unknown[]).includes(f)) : [],
  };
}
