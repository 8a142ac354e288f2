/**
 * The real `anthro` command as a child process on small fixture files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { assessAnthropometry } from '../../src/domain/growth/assess.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const fixture = (name: string): string => join(ROOT, 'test/fixtures/who/anthro', name);
const RESULT_COLUMNS = [
  'age_days', 'age_months', 'clenhei_cm', 'bmi', 'waz', 'haz', 'whz', 'baz', 'hcz',
  'flag_waz', 'flag_haz', 'flag_whz', 'flag_baz', 'flag_hcz', 'cat_waz', 'cat_haz', 'cat_whz', 'cat_baz',
];
const INPUT_COLUMNS = ['id', 'sex', 'birth_date', 'visit_date', 'weight_kg', 'lenhei_cm', 'measure', 'oedema', 'head_cm'];

function anthro(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/anthro.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const rowsOf = (csv: string, delimiter = ','): Record<string, string>[] =>
  parse(csv, { columns: true, delimiter }) as Record<string, string>[];

const tmp = mkdtempSync(join(tmpdir(), 'anthro-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('anthro command', () => {
  it('scores good rows: input columns then the result columns, exit 0, nothing on stderr', () => {
    const run = anthro(fixture('good.csv'));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe([...INPUT_COLUMNS, ...RESULT_COLUMNS].join(','));
    const [a1, a2, a3, a4] = rowsOf(run.stdout);
    const expected = assessAnthropometry({ sex: 1, birthDate: '2024-01-10', visitDate: '2025-01-10', weightKg: 9.2, lenheiCm: 75.1, measure: 'L', headCm: 46 });
    expect(a1).toMatchObject({
      id: 'A1', age_days: '366', age_months: '12.02', clenhei_cm: '75.1', bmi: '16.31',
      waz: (expected.z.waz ?? NaN).toFixed(3), haz: (expected.z.haz ?? NaN).toFixed(3), hcz: (expected.z.hcz ?? NaN).toFixed(3),
      flag_waz: '0', cat_waz: 'normal', cat_haz: 'normal', cat_whz: 'normal', cat_baz: 'normal',
    });
    expect(a2).toMatchObject({ id: 'A2', age_days: '759', hcz: '', flag_hcz: '' });
    // 6 years: WHO 2007, no WHZ, BAZ on the thinness scale, no BB/U or TB/U category.
    expect(a3).toMatchObject({ id: 'A3', whz: '', flag_whz: '', cat_waz: '', cat_haz: '', cat_whz: '', cat_baz: 'normal' });
    expect(a3?.waz).toMatch(/^-?\d+\.\d{3}$/);
    // 8 months standing: no +0.7 cm (anthro 1.1.0); oedema: no weight-based z, severe categories.
    expect(a4).toMatchObject({ id: 'A4', clenhei_cm: '65', waz: '', whz: '', baz: '', cat_waz: 'severely_underweight', cat_whz: 'severely_wasted' });
  });

  it('reports bad rows with line number and reason, writes them with empty results, exits 1', () => {
    const run = anthro(fixture('bad.csv'));
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      'anthro: line 3: unknown sex "X" (use 1/2, M/F or L/P)',
      'anthro: line 4: visit_date 2024-01-10 is before birth_date 2025-01-10',
      'anthro: line 5: birth_date "2024-02-30" is not a date (YYYY-MM-DD)',
      'anthro: line 6: weight_kg must be positive, got -9',
      'anthro: line 7: measure "S" must be L, H or empty',
      'anthro: line 8: weight_kg "nine" is not a number',
      'anthro: 7 rows, 6 bad',
    ]);
    const rows = rowsOf(run.stdout);
    expect(rows).toHaveLength(7);
    expect(rows[0]?.waz).not.toBe('');
    for (const row of rows.slice(1)) expect(RESULT_COLUMNS.map((c) => row[c]).join('')).toBe('');
  });

  it('reads decimal commas in a semicolon file, keeps extra columns in place, answers in the same delimiter', () => {
    const run = anthro(fixture('semicolon.csv'));
    expect(run.status).toBe(0);
    const [budi, siti] = rowsOf(run.stdout, ';');
    expect(Object.keys(budi ?? {}).slice(0, 11)).toEqual(['nama', ...INPUT_COLUMNS, 'posyandu']);
    expect(budi).toMatchObject({ nama: 'Budi', weight_kg: '9,2', posyandu: 'Melati 1', bmi: '16.31', age_days: '366' });
    expect(siti).toMatchObject({ nama: 'Siti', posyandu: 'Melati 2', age_days: '759' });
  });

  it('reads quoted decimal commas and quoted text in a comma file and writes them back quoted', () => {
    const run = anthro(fixture('quoted.csv'));
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^"Melati, RW 03",D1,1,2024-01-10,2025-01-10,"9,2","75,1",L,n,"46,0","said ""ok""",366,/);
    expect(rowsOf(run.stdout)[0]?.bmi).toBe('16.31');
  });

  it('-o writes the file instead of stdout', () => {
    const out = join(tmp, 'out.csv');
    const run = anthro(fixture('good.csv'), '-o', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(anthro(fixture('good.csv')).stdout);
  });

  it.each([
    ['no arguments', [], /missing input file/],
    ['a missing file', ['does-not-exist.csv'], /cannot read does-not-exist\.csv/],
    ['an unknown option', ['--fast', 'x.csv'], /unknown option --fast/],
    ['-o without a file', ['x.csv', '-o'], /-o needs a file name/],
  ])('exits 2 with usage for %s', (_, args, message) => {
    const run = anthro(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 when a required column is missing', () => {
    const noColumns = anthro(join(ROOT, 'test/fixtures/who/data/wfa_who2007_5_10y_by_month.csv'));
    expect(noColumns.status).toBe(2);
    expect(noColumns.stderr).toMatch(/missing column\(s\): birth_date, visit_date/);
  });

  it('runs as compiled JavaScript under `npm run anthro`, with the same output as the TypeScript source', () => {
    const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.anthro!;
    expect(script).toBe('node scripts/run-compiled.mjs tsconfig.anthro.json scripts/anthro.ts');
    const [, ...args] = script.split(' ');
    const compiled = spawnSync(process.execPath, [...args, fixture('good.csv')], { cwd: ROOT, encoding: 'utf8' });
    expect(compiled.status).toBe(0);
    // The first run after a change builds (and says so on stderr); the output is the same either way.
    expect(compiled.stdout).toBe(anthro(fixture('good.csv')).stdout);
    expect(compiled.stdout).not.toBe('');
  }, 180_000);
});
