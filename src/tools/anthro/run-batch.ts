/**
 * The `anthro` batch: CSV text in, CSV text out, plus the rows that could not be scored. Pure apart from
 * the optional progress callback; the script does the file and terminal work.
 */
import { assessAnthropometry } from '../../domain/growth/assess.js';
import { classifyGrowth } from '../../domain/growth/classify.js';
import { csvLine } from './csv-line.js';
import { EMPTY_RESULT_CELLS, formatResultCells, OUTPUT_COLUMNS } from './format-row.js';
import { INPUT_COLUMNS, parseAnthroRow, REQUIRED_COLUMNS } from './parse-row.js';
import { CsvReadError, forEachRecord } from './read-records.js';

/** A row that was written with empty results; `line` is its line in the input file. */
export interface BadRow {
  line: number;
  reason: string;
}

export interface BatchResult {
  csv: string;
  rows: number;
  bad: BadRow[];
}

/** The whole file is unusable (no header, a required column missing, broken quoting): a usage error. */
export class BatchInputError extends Error {}

/** Semicolon files come from spreadsheets set to a decimal-comma locale. */
function delimiterOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** The known columns of one record as an object of fixed shape (fast property access). */
function pick(record: readonly string[], at: Record<(typeof INPUT_COLUMNS)[number], number>): Record<string, string | undefined> {
  return {
    id: record[at.id],
    sex: record[at.sex],
    birth_date: record[at.birth_date],
    visit_date: record[at.visit_date],
    weight_kg: record[at.weight_kg],
    lenhei_cm: record[at.lenhei_cm],
    measure: record[at.measure],
    oedema: record[at.oedema],
    head_cm: record[at.head_cm],
  };
}

/**
 * Scores every row of an anthro CSV. Input columns are kept (in order, extras included) and the
 * {@link OUTPUT_COLUMNS} appended; the output uses the input's delimiter. A bad row is kept with empty
 * results and listed in `bad`; the run never stops on one. Empty lines are dropped.
 *
 * @example
 * const { csv, bad } = runAnthroBatch('id,sex,birth_date,visit_date,weight_kg\n1,M,2024-01-10,2025-01-10,9\n');
 */
export function runAnthroBatch(text: string, onProgress?: (done: number) => void): BatchResult {
  const delimiter = delimiterOf(text);
  const chunks: string[] = [];
  const bad: BadRow[] = [];
  let header: string[] | undefined;
  let at: Record<(typeof INPUT_COLUMNS)[number], number> | undefined;
  const visit = (record: string[], line: number, plainText?: string): void => {
    if (!header) {
      header = record.map((name) => name.trim());
      const missing = REQUIRED_COLUMNS.filter((column) => !header?.includes(column));
      if (missing.length > 0) throw new BatchInputError(`missing column(s): ${missing.join(', ')}`);
      const names = header;
      at = Object.fromEntries(INPUT_COLUMNS.map((name) => [name, names.indexOf(name)])) as typeof at;
      chunks.push(`${csvLine([...header, ...OUTPUT_COLUMNS], delimiter)}\n`);
      return;
    }
    const parsed = parseAnthroRow(pick(record, at as NonNullable<typeof at>));
    const kept =
      plainText !== undefined && record.length === header.length
        ? plainText
        : csvLine(header.map((_, column) => record[column] ?? ''), delimiter);
    let cells = EMPTY_RESULT_CELLS;
    if (parsed.ok) {
      const result = assessAnthropometry(parsed.input);
      cells = formatResultCells(result, classifyGrowth(result, parsed.oedema));
    } else {
      bad.push({ line, reason: parsed.reason });
    }
    // Result cells are numbers and codes: they never need quoting.
    chunks.push(`${kept}${delimiter}${cells.join(delimiter)}\n`);
    if (onProgress && chunks.length % 10_000 === 1) onProgress(chunks.length - 1);
  };
  try {
    forEachRecord(text, delimiter, visit);
  } catch (error) {
    if (error instanceof CsvReadError) throw new BatchInputError(error.message);
    throw error;
  }
  if (!header) throw new BatchInputError('the file is empty: expected a header line');
  return { csv: chunks.join(''), rows: chunks.length - 1, bad };
}
