import { parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors.js';
import { headerProblems, validateRow, type Row } from './csv-rows.js';
import type { RegistryKind } from './registry-schemas.js';
import type { RegistryService } from './registry-service.js';

export interface BadRow {
  /** Line in the file (the header is line 1). */
  line: number;
  reason: string;
}

export interface ImportReport {
  rows: number;
  imported: number;
  bad: BadRow[];
}

/**
 * Imports a registry CSV: every row is validated, bad ones are reported by line, good ones saved
 * (upsert by id; people without an id by phone), so a second run changes nothing. A header with
 * missing or unknown columns stops the import before anything is saved (AppError VALIDATION_FAILED).
 *
 * @example
 * const report = await importRegistryCsv('posyandu', text, registry, (done, total) => log(`${done}/${total}`));
 * // { rows: 120, imported: 118, bad: [{ line: 7, reason: 'timezone "WITB" is not WIB, WITA or WIT …' }, …] }
 */
export async function importRegistryCsv(kind: RegistryKind, text: string, registry: RegistryService, progress?: (done: number, total: number) => void): Promise<ImportReport> {
  const records = readRows(kind, text);
  const bad: BadRow[] = [];
  let imported = 0;
  for (const [index, { line, row }] of records.entries()) {
    const parsed = validateRow(kind, row);
    const problems = parsed.ok ? await registry.saveRecord(kind, parsed.record) : parsed.problems;
    if (problems.length) bad.push({ line, reason: problems.join('; ') });
    else imported += 1;
    if (progress && (index + 1) % PROGRESS_EVERY === 0) progress(index + 1, records.length);
  }
  return { rows: records.length, imported, bad };
}

const PROGRESS_EVERY = 500;

function readRows(kind: RegistryKind, text: string): Array<{ line: number; row: Row }> {
  let header: string[] = [];
  let parsed: Array<{ record: Row; info: { lines: number } }>;
  try {
    parsed = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      columns: (names: string[]) => (header = names.map((n) => n.trim().toLowerCase())),
    }) as Array<{ record: Row; info: { lines: number } }>;
  } catch (error) {
    throw new AppError('VALIDATION_FAILED', `The file is not readable CSV: ${(error as Error).message}`, { kind });
  }
  const problems = headerProblems(kind, header);
  if (problems.length) throw new AppError('VALIDATION_FAILED', `The header does not fit ${kind}: ${problems.join('; ')}.`, { kind, problems });
  return parsed.map(({ record, info }) => ({ line: info.lines, row: record }));
}
