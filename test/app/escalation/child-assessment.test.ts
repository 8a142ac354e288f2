import { describe, expect, it } from 'vitest';
import { areaOf, measuredAt, toChildAssessment } from '../../../src/app/escalation/child-assessment.js';
import type { GrowthAssessment } from '../../../src/app/growth/assessment.js';
import { detectConditions } from '../../../src/domain/escalation/index.js';
import { demoPosyandu } from '../../../src/main/demo-data.js';

const area = areaOf({ rw: '03' }, demoPosyandu[0]!)!;
const base: GrowthAssessment = {
  date: '2026-03-09', ageDays: 1003, ageMonths: 32, standard: 'who2006', measure: 'H', measureInferred: false, clenheiCm: 83,
  z: {}, categories: {}, kms: null, belowRedLine: false, hazFalling: null, oedema: false, standingUnder9Months: false,
};
const measurement = (source: 'parent' | 'kader') => ({ date: '2026-03-09', createdAt: new Date('2026-03-09T02:00:00Z'), source });

describe('toChildAssessment', () => {
  it.each([
    ['severe wasting, stunting, T and BGM', { z: { waz: -3.84, haz: -2.67, whz: -3.24 }, categories: { waz: 'severely_underweight', haz: 'stunted', whz: 'severely_wasted' }, kms: { status: 'T' }, belowRedLine: true }, 'kader', ['stunting', 'severe_wasting', 'growth_faltering', 'below_red_line']],
    ['thinness after five years reads as wasting', { z: { baz: -2.5 }, categories: { baz: 'thin' } }, 'kader', ['wasting']],
    ['a falling HAZ without stunting', { z: { haz: -1.6 }, categories: { haz: 'normal' }, hazFalling: { code: 'haz_falling', fromHaz: -0.9, toHaz: -1.6, drop: 0.7, days: 120 } }, 'kader', ['haz_falling']],
    ['oedema from a kader', { oedema: true }, 'kader', ['oedema']],
    ['2T', { z: { waz: -1 }, categories: { waz: 'normal' }, kms: { status: '2T' } }, 'parent', ['faltering_2t']],
    ['nothing wrong', { z: { waz: 0, haz: 0, whz: 0 }, categories: { waz: 'normal', haz: 'normal', whz: 'normal' }, kms: { status: 'N' } }, 'kader', []],
  ] as const)('%s', (_name, patch, source, expected) => {
    const a = toChildAssessment({ _id: 'ch-sari' }, measurement(source), { ...base, ...patch } as unknown as GrowthAssessment, area);
    expect(detectConditions(a)).toEqual(expected);
  });

  it('does not take a family report as checked for oedema (it neither raises nor clears it)', () => {
    expect(toChildAssessment({ _id: 'c' }, measurement('parent'), base, area).oedema).toBeUndefined();
    expect(toChildAssessment({ _id: 'c' }, measurement('kader'), base, area).oedema).toBe(false);
  });

  it('orders visits by date, and entries of one day by when they were typed', () => {
    const early = measuredAt({ date: '2026-03-09', createdAt: new Date('2026-03-10T01:00:00Z') });
    const late = measuredAt({ date: '2026-03-09', createdAt: new Date('2026-03-10T03:00:00Z') });
    const nextDay = measuredAt({ date: '2026-03-10', createdAt: new Date('2026-03-10T00:30:00Z') });
    expect(early < late && late < nextDay).toBe(true);
  });

  it('places a child at their posyandu, kelurahan, puskesmas and RW', () => {
    expect(area).toEqual({ posyanduId: 'psy-mawar', kelurahanId: 'kel-margahayu', rw: '03', puskesmasId: 'pkm-bekasi-jaya' });
    expect(areaOf({ rw: null }, null)).toBeNull();
  });
});
