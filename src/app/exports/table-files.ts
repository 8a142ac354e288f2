import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type Cell = string | number | null;

/** One sheet: its name, the header row users read, and the rows. */
export interface Table {
  sheet: string;
  headers: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
}

/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe:
 * names are typed by families in the chat, and a CSV opened in a spreadsheet must not execute them
 * (OWASP "CSV injection"). Numbers stay numbers.
 */
function inert(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * A table as CSV: a byte-order mark (spreadsheets then read UTF-8 names right), one header row,
 * CRLF lines, decimals with a dot, empty cells for missing values.
 *
 * @example
 * tableCsv({ sheet: 'x', headers: ['Nama', 'BB (kg)'], rows: [['Budi', 9.1]] }); // '\ufeffNama,BB (kg)\r\nBudi,9.1\r\n'
 */
export function tableCsv(table: Table): string {
  return stringify([[...table.headers], ...table.rows.map((row) => row.map((c) => inert(c) ?? ''))], { bom: true, record_delimiter: 'windows' });
}

/**
 * Tables as an XLSX workbook, one sheet each: a bold, frozen header row, numbers as numbers, widths
 * that fit the headers. Text cells are stored as text, never as formulas.
 *
 * @example
 * const bytes = await tableXlsx([{ sheet: 'Pengukuran 2026-03', headers, rows }]);
 */
export async function tableXlsx(tables: readonly Table[], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  workbook.creator = 'posyandu-bot';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet.replace(/[\\/*?:[\]]/g, '-').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.headers.map((header, i) => ({ header, key: String(i), width: Math.max(8, Math.min(40, header.length + 2)) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((c) => c ?? null));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
