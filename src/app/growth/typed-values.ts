import { parseMeasurementText } from '../../domain/measurement/index.js';
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

export type ReadValues = { ok: true; values: FlowValues } | { ok: false; problem: { code: string; token: string } };

// "edema", "oedema", "bengkak" (swelling) mark oedema; "tidak/tanpa/no/teu" before them deny it.
const OEDEMA = /\b(o?edema|bengkak)\b/i;
const NO_OEDEMA = /\b(tidak|tdk|tanpa|no|non|teu|henteu)\s+(ada\s+)?(o?edema|bengkak)\b/i;

/**
 * Reads typed measurements ("BB 8,5 kg TB 72 cm", "8500 gram", "PB 72 berbaring edema"); the first
 * problem the parser found is returned so the bot can re-ask about it.
 *
 * @example
 * readTypedValues('BB 8,5 kg PB 72'); // { ok: true, values: { weightKg: 8.5, lengthCm: 72, position: 'L', accepted: [] } }
 */
export function readTypedValues(text: string): ReadValues {
  const parsed = parseMeasurementText(text);
  const [problem] = parsed.problems;
  if (problem) return { ok: false, problem: { code: problem.code, token: problem.token } };
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
