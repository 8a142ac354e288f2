/**
 * WHO's published simplified tables (test/fixtures/who/field-tables): our embedded LMS reproduce the
 * printed L, M, S, and the printed −3 … +3 SD values (and ±4/5 SD of the 2007 tables) come out as z = k.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessAnthropometry } from '../../../src/domain/growth/assess.js';
import { lmsZ, restrictedZ, roundZ, valueAtZ } from '../../../src/domain/growth/lms.js';
import { lmsAt, type GrowthTable, type Sex } from '../../../src/domain/growth/reference.js';

const DIR = new URL('../../fixtures/who/field-tables/', import.meta.url);

interface FieldTable {
  file: string;
  table: GrowthTable;
  sex: Sex;
  /** Converts the table's first column (month or cm) to the x of `lmsAt`. */
  toX: (first: number) => number;
  /**
   * The printed LMS are ours exactly (cm and 2007 tables). WHO's monthly 0–5 y tables come from their own
   * monthly fit, a hair off the daily rows: there our SD curves must land within one printed unit.
   */
  exact: boolean;
}

const RESTRICTED: ReadonlySet<GrowthTable> = new Set(['wfa', 'wfl', 'wfh', 'bfa', 'acfa', 'tsfa', 'ssfa', 'wfa2007', 'bfa2007']);
const day = (month: number): number => Math.floor(month * 30.4375 + 0.5);

function tableOf(file: string): FieldTable | undefined {
  const sex: Sex = file.includes('girls') ? 2 : 1;
  const rules: [RegExp, GrowthTable, (x: number) => number][] = [
    [/^wfa_.*_0_5_/, 'wfa', day],
    [/^lhfa_.*_0_2_/, 'lhfa', (m) => Math.min(day(m), 730)],
    [/^lhfa_.*_2_5_/, 'lhfa', (m) => Math.max(day(m), 731)],
    [/^bmi_.*_0_2_/, 'bfa', (m) => Math.min(day(m), 730)],
    [/^bmi_.*_2_5_/, 'bfa', (m) => Math.max(day(m), 731)],
    [/^tab_hcfa_/, 'hcfa', day],
    [/^tab_acfa_/, 'acfa', day],
    [/^tab_tsfa_/, 'tsfa', day],
    [/^tab_ssfa_/, 'ssfa', day],
    [/^wfl_/, 'wfl', (x) => x],
    [/^wfh_/, 'wfh', (x) => x],
    [/^hfa_.*WHO2007/, 'hfa2007', (x) => x],
    [/^bmi_.*WHO2007/, 'bfa2007', (x) => x],
    [/^wfa_.*WHO2007/, 'wfa2007', (x) => x],
  ];
  const rule = rules.find(([pattern]) => pattern.test(file));
  return rule && { file, table: rule[1], sex, toX: rule[2], exact: /^(wfl|wfh)_|WHO2007/.test(file) };
}

/** The value at `k` SD on WHO's printed curves: LMS within ±3 SD, the restricted extension beyond. */
function printedCurve(lms: { L: number; M: number; S: number }, k: number, restricted: boolean): number {
  if (!restricted || Math.abs(k) <= 3) return valueAtZ(lms, k);
  const sd3 = valueAtZ(lms, Math.sign(k) * 3);
  const sd2 = valueAtZ(lms, Math.sign(k) * 2);
  return sd3 + (Math.abs(k) - 3) * (sd3 - sd2);
}

const decimalsOf = (text: string): number => (text.includes('.') ? (text.split('.')[1] ?? '').length : 0);

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt') && tableOf(f) !== undefined);

describe('WHO field tables', () => {
  it('covers the expected 26 files (all but the non-WHO mramba arm tables)', () => {
    expect(files).toHaveLength(26);
  });

  for (const file of files) {
    const spec = tableOf(file) as FieldTable;
    it(`${file}: LMS and every printed SD value agree`, () => {
      const [header, ...lines] = readFileSync(new URL(file, DIR), 'utf8').trim().split(/\r?\n/);
      const names = (header ?? '').trim().split(/\s+/);
      const restricted = RESTRICTED.has(spec.table);
      for (const line of lines) {
        const cells = line.trim().split(/\s+/);
        const x = spec.toX(Number(cells[0]));
        const printed = { L: Number(cells[1]), M: Number(cells[2]), S: Number(cells[3]) };
        const ours = lmsAt(spec.table, spec.sex, x);
        expect(ours, `${file} x=${x}`).toBeDefined();
        if (!ours) continue;
        if (spec.exact) {
          expect(ours.L).toBeCloseTo(printed.L, 4);
          expect(ours.M).toBeCloseTo(printed.M, 4);
          expect(ours.S).toBeCloseTo(printed.S, 5);
        }
        names.forEach((name, i) => {
          const match = /^SD(\d)(neg)?$/.exec(name);
          if (!match) return;
          const k = Number(match[1]) * (match[2] ? -1 : 1);
          const text = cells[i] ?? '';
          const unit = 10 ** -decimalsOf(text);
          expect(Math.abs(printedCurve(printed, k, restricted) - Number(text)), `${file} x=${x} SD${k}`).toBeLessThanOrEqual(unit / 2 + 1e-9);
          const ourTolerance = spec.exact ? unit / 2 + 1e-9 : unit + 1e-9;
          expect(Math.abs(printedCurve(ours, k, restricted) - Number(text)), `${file} x=${x} SD${k} (ours)`).toBeLessThanOrEqual(ourTolerance);
          if (decimalsOf(text) >= 3) {
            const z = restricted ? restrictedZ(Number(text), ours) : lmsZ(Number(text), ours);
            expect(roundZ(z), `${file} x=${x} SD${k} → z`).toBe(k);
          }
        });
      }
    });
  }

  it('the printed −2 SD height at 10 years gives HAZ −2.00 through the whole assessment', () => {
    const result = assessAnthropometry({ sex: 1, ageMonths: 120, lenheiCm: 126.2, weightKg: 31.2 });
    expect(result.standard).toBe('who2007');
    expect(lmsAt('hfa2007', 1, 120)).toBeDefined();
    const sd2neg = valueAtZ(lmsAt('hfa2007', 1, 120) as { L: number; M: number; S: number }, -2);
    expect(assessAnthropometry({ sex: 1, ageMonths: 120, lenheiCm: sd2neg }).zRounded.haz).toBe(-2);
  });
});
