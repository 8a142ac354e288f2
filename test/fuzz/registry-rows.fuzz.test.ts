import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, validateRow } from '../../src/app/registry/csv-rows.js';
import { REGISTRY_KINDS } from '../../src/app/registry/registry-schemas.js';
import { INPUT_COLUMNS, parseAnthroRow } from '../../src/tools/anthro/parse-row.js';
import { TRICKY_NUMBERS, anyMessage, message } from './inputs.js';

/** A cell: random text, a tricky number, or something close to valid. */
const cell = fc.oneof(
  message,
  fc.constantFrom(...TRICKY_NUMBERS),
  fc.constantFrom('', ' ', 'psy-1', 'kel-1', 'pkm-1', '01;02', '01=1.2;02=3,5', '01=Infinity', '__proto__=1', 'constructor=2', 'WIB', 'wita', 'Asia/Jakarta', '0812-3456-7890', '+6281234567890', 'kader', 'parent', 'L', 'H', 'y', 'n', 'M', 'F', '1', '2', '8,5', '72.5', '2024-01-10', '2025-02-29', '2024-02-29'),
);

/** A row each kind accepts; the property changes some of its cells. */
const VALID: Record<(typeof REGISTRY_KINDS)[number], Record<string, string>> = {
  puskesmas: { id: 'pkm-1', name: 'Puskesmas Margahayu', address: 'Jl. Raya 1', timezone: 'WIB', pusling_days_per_month: '2' },
  kelurahan: { id: 'kel-1', name: 'Margahayu', puskesmas_id: 'pkm-1', rws: '01;02', rw_distance_km: '01=1.2;02=3,5' },
  posyandu: { id: 'psy-1', name: 'Mawar', address: 'Jl. Mawar 5', kelurahan_id: 'kel-1', puskesmas_id: 'pkm-1', rws: '01;02', timezone: 'WITA' },
  people: { id: '', phone: '0812-3456-7890', role: 'kader', name: 'Ani', posyandu_ids: 'psy-1', kelurahan_ids: '', puskesmas_ids: '', duties: '' },
};

describe('fuzz: rows read from CSV files', () => {
  it.each(REGISTRY_KINDS)('validateRow(%s) never throws: a record or problems to show', (kind) => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.record(Object.fromEntries(CSV_COLUMNS[kind].map((c) => [c, fc.oneof({ weight: 5, arbitrary: fc.constant(VALID[kind][c]) }, { weight: 1, arbitrary: fc.option(cell, { nil: undefined }) })]))), (row) => {
        const result = validateRow(kind, row);
        if (result.ok) accepted += 1;
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem).toMatch(/\S/);
          return;
        }
        // Every number in an accepted record is finite (JSON would turn NaN and Infinity into null).
        JSON.stringify(result.record, (_key, value: unknown) => {
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          return value;
        });
      }),
      { numRuns: 200 },
    );
    expect(accepted, 'rows accepted').toBeGreaterThan(0);
  });

  it('parseAnthroRow never throws: positive finite measures, or a reason', () => {
    const measureCell = fc.oneof(fc.constantFrom('', '8,5', '72.5', '44'), fc.constantFrom(...TRICKY_NUMBERS));
    let accepted = 0;
    // Mostly valid sex, dates, measure and oedema, so that the measures are read too.
    const valid: Record<string, fc.Arbitrary<string>> = {
      sex: fc.constantFrom('1', '2', 'M', 'f', ' L '),
      birth_date: fc.constantFrom('2024-01-10', '2020-02-29'),
      visit_date: fc.constantFrom('2025-01-10', '2026-03-09'),
      measure: fc.constantFrom('L', 'h', ''),
      oedema: fc.constantFrom('y', 'N', ''),
      weight_kg: measureCell,
      lenhei_cm: measureCell,
      head_cm: measureCell,
    };
    const column = (c: string) => (valid[c] ? fc.oneof({ weight: 9, arbitrary: valid[c] }, { weight: 1, arbitrary: fc.option(fc.oneof(cell, anyMessage), { nil: undefined }) }) : fc.option(fc.oneof(cell, anyMessage), { nil: undefined }));
    fc.assert(
      fc.property(fc.record(Object.fromEntries(INPUT_COLUMNS.map((c) => [c, column(c)]))), (row) => {
        const result = parseAnthroRow(row);
        if (result.ok) accepted += 1;
        if (!result.ok) {
          expect(result.reason).toMatch(/\S/);
          return;
        }
        for (const value of [result.input.weightKg, result.input.lenheiCm, result.input.headCm]) {
          if (value !== undefined) expect(Number.isFinite(value) && value > 0, String(value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(accepted, 'rows accepted').toBeGreaterThan(0);
  });

  // Found by the property above: 400 nines in weight_kg were read as Infinity and the row scored as if unweighed.
  it('regression: parseAnthroRow refuses a measure too big for a double', () => {
    const row = { sex: '1', birth_date: '2024-01-10', visit_date: '2025-01-10', weight_kg: '9'.repeat(400) };
    expect(parseAnthroRow(row)).toEqual({ ok: false, reason: expect.stringMatching(/^weight_kg .* is not a number/) });
  });
});
