/**
 * One input row of the `anthro` batch tool → the assessment input, or the reason it cannot be scored.
 */
import { ageInDays } from '../../domain/growth/age.js';
import type { AnthroInput } from '../../domain/growth/assess.js';
import type { Measure } from '../../domain/growth/lenhei.js';
import type { Sex } from '../../domain/growth/reference.js';

/** Columns the tool reads; only the first three are required in the header. */
export const REQUIRED_COLUMNS = ['sex', 'birth_date', 'visit_date'] as const;
export const INPUT_COLUMNS = ['id', ...REQUIRED_COLUMNS, 'weight_kg', 'lenhei_cm', 'measure', 'oedema', 'head_cm'] as const;

export type ParsedRow = { ok: true; input: AnthroInput; oedema: boolean } | { ok: false; reason: string };

const SEXES: Record<string, Sex> = { '1': 1, m: 1, l: 1, '2': 2, f: 2, p: 2 };

class RowError extends Error {}

function positiveNumber(text: string | undefined, column: string): number | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed.replace(',', '.'));
  // Four hundred nines match the pattern but are Infinity as a double.
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed) || !Number.isFinite(value)) throw new RowError(`${column} "${trimmed}" is not a number`);
  if (value <= 0) throw new RowError(`${column} must be positive, got ${trimmed}`);
  return value;
}

function parseSex(text: string | undefined): Sex {
  const sex = SEXES[(text ?? '').trim().toLowerCase()];
  if (sex === undefined) throw new RowError(`unknown sex "${text ?? ''}" (use 1/2, M/F or L/P)`);
  return sex;
}

function parseMeasure(text: string | undefined): Measure | undefined {
  const value = (text ?? '').trim().toUpperCase();
  if (value === '') return undefined;
  if (value === 'L' || value === 'H') return value;
  throw new RowError(`measure "${text}" must be L, H or empty`);
}

function parseOedema(text: string | undefined): boolean {
  const value = (text ?? '').trim().toLowerCase();
  if (value === '' || value === 'n') return false;
  if (value === 'y') return true;
  throw new RowError(`oedema "${text}" must be y, n or empty`);
}

/**
 * Validates and converts one row (keys = header names). Decimal comma or point; sex 1/2, M/F or L/P.
 *
 * @example
 * parseAnthroRow({ sex: 'P', birth_date: '2024-01-10', visit_date: '2025-01-10', weight_kg: '8,5' });
 * // { ok: true, input: { sex: 2, birthDate: '2024-01-10', visitDate: '2025-01-10', weightKg: 8.5, … }, oedema: false }
 */
export function parseAnthroRow(row: Readonly<Record<string, string | undefined>>): ParsedRow {
  try {
    const sex = parseSex(row.sex);
    const birthDate = (row.birth_date ?? '').trim();
    const visitDate = (row.visit_date ?? '').trim();
    const days = ageInDays(birthDate, visitDate);
    if (days === undefined) {
      const bad = ageInDays(birthDate, birthDate) === undefined ? `birth_date "${birthDate}"` : `visit_date "${visitDate}"`;
      throw new RowError(`${bad} is not a date (YYYY-MM-DD)`);
    }
    if (days < 0) throw new RowError(`visit_date ${visitDate} is before birth_date ${birthDate}`);
    const oedema = parseOedema(row.oedema);
    const input: AnthroInput = {
      sex,
      birthDate,
      visitDate,
      weightKg: positiveNumber(row.weight_kg, 'weight_kg'),
      lenheiCm: positiveNumber(row.lenhei_cm, 'lenhei_cm'),
      measure: parseMeasure(row.measure),
      oedema,
      headCm: positiveNumber(row.head_cm, 'head_cm'),
    };
    return { ok: true, input, oedema };
  } catch (error) {
    if (error instanceof RowError) return { ok: false, reason: error.message };
    throw error;
  }
}
