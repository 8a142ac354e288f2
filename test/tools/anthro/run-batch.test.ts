import { describe, expect, it } from 'vitest';
import { csvLine } from '../../../src/tools/anthro/csv-line.js';
import { parseAnthroRow } from '../../../src/tools/anthro/parse-row.js';
import { forEachRecord } from '../../../src/tools/anthro/read-records.js';
import { BatchInputError, runAnthroBatch } from '../../../src/tools/anthro/run-batch.js';

const collect = (text: string): [number, string[]][] => {
  const seen: [number, string[]][] = [];
  forEachRecord(text, ',', (record, line) => seen.push([line, record]));
  return seen;
};

describe('forEachRecord', () => {
  it.each([
    ['plain lines, empty line skipped, CRLF and BOM', '\ufeffa,b\r\n1,2\r\n\r\n3,4', [[1, ['a', 'b']], [2, ['1', '2']], [4, ['3', '4']]]],
    ['quoted fields spanning lines keep later line numbers right', 'a,b\n"x\ny",1\n\n2,3\n', [[1, ['a', 'b']], [2, ['x\ny', '1']], [5, ['2', '3']]]],
  ] as [string, string, [number, string[]][]][])('%s', (_, text, expected) => {
    expect(collect(text)).toEqual(expected);
  });
});

describe('parseAnthroRow', () => {
  it.each([
    [{ sex: 'm' }, 1], [{ sex: 'F' }, 2], [{ sex: 'L' }, 1], [{ sex: 'p' }, 2], [{ sex: '2' }, 2],
  ])('sex %o → %d', (row, sex) => {
    const parsed = parseAnthroRow({ ...row, birth_date: '2024-01-10', visit_date: '2025-01-10' });
    expect(parsed.ok && parsed.input.sex).toBe(sex);
  });

  it.each([['8,5', 8.5], ['8.5', 8.5], [',5', 0.5], ['', undefined]])('weight "%s" → %s', (text, kg) => {
    const parsed = parseAnthroRow({ sex: '1', birth_date: '2024-01-10', visit_date: '2025-01-10', weight_kg: text });
    expect(parsed.ok && parsed.input.weightKg).toBe(kg);
  });

  it.each([
    [{ sex: '3' }, 'unknown sex "3" (use 1/2, M/F or L/P)'],
    [{ birth_date: '10-01-2024' }, 'birth_date "10-01-2024" is not a date (YYYY-MM-DD)'],
    [{ visit_date: '' }, 'visit_date "" is not a date (YYYY-MM-DD)'],
    [{ weight_kg: '0' }, 'weight_kg must be positive, got 0'],
    [{ lenhei_cm: '7.5.1' }, 'lenhei_cm "7.5.1" is not a number'],
    [{ oedema: 'ya' }, 'oedema "ya" must be y, n or empty'],
  ])('rejects %o', (row, reason) => {
    expect(parseAnthroRow({ sex: '1', birth_date: '2024-01-10', visit_date: '2025-01-10', ...row })).toEqual({ ok: false, reason });
  });
});

describe('runAnthroBatch', () => {
  it('formats z to 3 decimals and reports progress every 10,000 rows', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i},1,2024-01-10,2025-01-10,9.2,75.1,L,n,46`);
    const progress: number[] = [];
    const result = runAnthroBatch(`id,sex,birth_date,visit_date,weight_kg,lenhei_cm,measure,oedema,head_cm\n${rows.join('\n')}\n`, (done) => progress.push(done));
    expect(progress).toEqual([10_000, 20_000]);
    expect(result.rows).toBe(20_000);
    expect(result.csv.split('\n')[1]).toMatch(/,-0\.440,-0\.285,-0\.419,-0\.367,-0\.057,/);
  });

  it.each([
    ['an empty file', ''],
    ['a header without the required columns', 'id,weight_kg\n1,9\n'],
    ['broken quoting', 'id,sex,birth_date,visit_date\n"1,1,2024-01-10,2025-01-10\n'],
  ])('throws BatchInputError for %s', (_, text) => {
    expect(() => runAnthroBatch(text)).toThrow(BatchInputError);
  });
});

describe('csvLine', () => {
  it('quotes only what the delimiter requires', () => {
    expect(csvLine(['1', 'a,b', 'say "hi"'], ',')).toBe('1,"a,b","say ""hi"""');
    expect(csvLine(['8,5', 'a;b'], ';')).toBe('8,5;"a;b"');
  });
});
