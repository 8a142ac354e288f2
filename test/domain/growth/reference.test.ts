import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lmsAt, tableRange, valueAtZ, type GrowthTable, type Sex } from '../../../src/domain/growth/reference.js';

const FIXTURES = new URL('../../fixtures/who/data/', import.meta.url);
/** WHO's files as shipped to the team; the fixtures must stay byte-identical copies of them. */
const SHARED = new URL('../../../../shared/who/data/', import.meta.url);

const FILES: Record<GrowthTable, string> = {
  wfa: 'wfa_0_5y_by_day.csv',
  lhfa: 'lhfa_0_5y_by_day.csv',
  wfl: 'wfl_45_110cm.csv',
  wfh: 'wfh_65_120cm.csv',
  bfa: 'bfa_0_5y_by_day.csv',
  hcfa: 'hcfa_0_5y_by_day.csv',
  acfa: 'acfa_3m_5y_by_day.csv',
  tsfa: 'tsfa_3m_5y_by_day.csv',
  ssfa: 'ssfa_3m_5y_by_day.csv',
  hfa2007: 'hfa_who2007_5_19y_by_month.csv',
  bfa2007: 'bfa_who2007_5_19y_by_month.csv',
  wfa2007: 'wfa_who2007_5_10y_by_month.csv',
};

describe('embedded WHO tables', () => {
  for (const [table, file] of Object.entries(FILES) as [GrowthTable, string][]) {
    it(`${table} equals ${file} on every row`, () => {
      const text = readFileSync(new URL(file, FIXTURES), 'utf8');
      if (existsSync(SHARED)) expect(readFileSync(new URL(file, SHARED), 'utf8')).toBe(text);
      const rows = text.trim().split(/\r?\n/).slice(1);
      for (const row of rows) {
        const [sex, x, L, M, S] = row.split(',').map(Number);
        expect(lmsAt(table, sex as Sex, x as number), `${table} ${row}`).toEqual({ L, M, S });
      }
      const xs = rows.map((row) => Number(row.split(',')[1]));
      expect(tableRange(table)).toEqual({ first: Math.min(...xs), last: Math.max(...xs) });
    });
  }
});

describe('lmsAt', () => {
  it('reads by-day tables at the nearest whole day and nothing outside', () => {
    expect(lmsAt('wfa', 1, 0)).toEqual({ L: 0.3487, M: 3.3464, S: 0.14602 });
    expect(lmsAt('wfa', 1, 0.4)).toEqual(lmsAt('wfa', 1, 0));
    expect(lmsAt('wfa', 1, 1857)).toBeUndefined();
    expect(lmsAt('acfa', 2, 90)).toBeUndefined();
    expect(lmsAt('acfa', 2, 91)).toBeDefined();
    expect(lmsAt('wfa', 1, Number.NaN)).toBeUndefined();
  });

  it('interpolates L, M and S linearly between 0.1 cm rows', () => {
    const low = lmsAt('wfl', 1, 45.0);
    const high = lmsAt('wfl', 1, 45.1);
    const mid = lmsAt('wfl', 1, 45.05);
    if (!low || !high || !mid) throw new Error('rows missing');
    expect(mid.M).toBeCloseTo((low.M + high.M) / 2, 10);
    expect(mid.S).toBeCloseTo((low.S + high.S) / 2, 10);
    expect(lmsAt('wfl', 1, 110)).toEqual({ L: -0.3521, M: 18.2689, S: 0.08755 });
    expect(lmsAt('wfl', 1, 110.01)).toBeUndefined();
    expect(lmsAt('wfh', 1, 64.99)).toBeUndefined();
  });

  it('uses the intended 102.4 cm row for 103.1 − 0.7 (WHO R code slips to 102.5)', () => {
    const x = 103.1 - 0.7;
    expect(x).not.toBe(102.4);
    expect(lmsAt('wfh', 1, x)).toEqual(lmsAt('wfh', 1, 102.4));
    expect(lmsAt('wfh', 1, x)?.M).not.toBe(lmsAt('wfh', 1, 102.5)?.M);
  });

  it('interpolates the 2007 tables between whole months', () => {
    const at = lmsAt('hfa2007', 2, 100.25);
    const low = lmsAt('hfa2007', 2, 100);
    const high = lmsAt('hfa2007', 2, 101);
    if (!at || !low || !high) throw new Error('rows missing');
    expect(at.M).toBeCloseTo(low.M + 0.25 * (high.M - low.M), 10);
    expect(lmsAt('wfa2007', 1, 121)).toBeDefined();
    expect(lmsAt('wfa2007', 1, 121.5)).toBeUndefined();
    expect(lmsAt('bfa2007', 1, 59.9)).toBeUndefined();
  });
});

describe('valueAtZ', () => {
  it.each([
    [{ L: 1, M: 50, S: 0.04 }, -2, 46],
    [{ L: 1, M: 50, S: 0.04 }, 0, 50],
    [{ L: -1, M: 10, S: 0.1 }, 1, 10 / 0.9],
    [{ L: 0, M: 10, S: 0.1 }, 1, 10 * Math.exp(0.1)],
  ])('%o at z %d → %d', (lms, z, expected) => {
    expect(valueAtZ(lms, z)).toBeCloseTo(expected, 10);
  });
});
