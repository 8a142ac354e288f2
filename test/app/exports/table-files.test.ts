import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableCsv, tableXlsx } from '../../../src/app/exports/table-files.js';

const table = { sheet: 'Pengukuran 2026/03', headers: ['Nama anak', 'BB (kg)', 'ZS BB/U'], rows: [['=HYPERLINK("http://x","klik")', 9.1, -2.15], ['+Budi', null, 0], ['Sari, "Ica"', 8, null]] };

describe('table files', () => {
  it('writes CSV a spreadsheet reads right and never runs as a formula', () => {
    expect(tableCsv(table)).toBe('\ufeffNama anak,BB (kg),ZS BB/U\r\n"\'=HYPERLINK(""http://x"",""klik"")",9.1,-2.15\r\n\'+Budi,,0\r\n"Sari, ""Ica""",8,\r\n');
  });

  it('writes XLSX with numbers as numbers and formula-like text as text', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await tableXlsx([table], new Date('2026-03-09T02:00:00Z'))) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Pengukuran 2026-03');
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(2).getCell(1).value).toBe('=HYPERLINK("http://x","klik")');
    expect([sheet.getRow(2).getCell(2).value, sheet.getRow(2).getCell(3).value]).toEqual([9.1, -2.15]);
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });
});
