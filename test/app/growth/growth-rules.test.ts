import { describe, expect, it } from 'vitest';
import { assessVisit } from '../../../src/app/growth/assessment.js';
import { applyConfirmation, confirmationQuestion } from '../../../src/app/growth/confirmation.js';
import { findChild } from '../../../src/app/growth/find-child.js';
import { formatDay, formatDecimal } from '../../../src/app/growth/format.js';
import { openIssues } from '../../../src/app/growth/issue-fields.js';
import { nextStep } from '../../../src/app/growth/next-step.js';
import { measureFor, positionQuestionNeeded } from '../../../src/app/growth/position.js';
import { supersedePlan } from '../../../src/app/growth/supersede.js';
import { readTypedValues } from '../../../src/app/growth/typed-values.js';
import type { Translate } from '../../../src/i18n/catalog.js';

const t: Translate = (_lang, key, params) => (params ? `${key}${JSON.stringify(params)}` : key);

describe('lying or standing', () => {
  it.each([
    ['2025-01-15', '2026-03-09', { lengthCm: 72 }, true],
    ['2023-06-10', '2026-03-09', { lengthCm: 88 }, true],
    ['2022-06-10', '2026-03-09', { lengthCm: 98 }, false],
    ['2025-01-15', '2026-03-09', { lengthCm: 72, position: 'L' as const }, false],
    ['2025-01-15', '2026-03-09', { position: undefined }, false],
  ])('born %s, measured %s, %o → ask %s', (birth, visit, values, ask) => {
    expect(positionQuestionNeeded(birth, visit, values)).toBe(ask);
  });
  it.each([
    ['2024-03-09', 'L'], // day 730: still length
    ['2024-03-08', 'H'], // day 731: height
  ])('born %s, measured 2026-03-09 without a position → %s', (birth, measure) => {
    expect(measureFor(birth, '2026-03-09')).toBe(measure);
  });
});

describe('assessVisit', () => {
  const boy = { sex: 1 as const, birthDate: '2025-01-15' };
  it('reads N/T against last month and ignores later visits', () => {
    const earlier = [
      { date: '2026-01-09', weightKg: 8.2, lengthCm: null, measure: null },
      { date: '2026-02-09', weightKg: 8.3, lengthCm: null, measure: null },
      { date: '2026-04-09', weightKg: 9.9, lengthCm: null, measure: null },
    ];
    expect(assessVisit(boy, { date: '2026-03-09', weightKg: 8.4 }, earlier).kms).toEqual({ status: '2T', gainGrams: 100, kbmGrams: 200 });
    expect(assessVisit(boy, { date: '2026-03-09', weightKg: 8.6 }, earlier).kms).toEqual({ status: 'N', gainGrams: 300, kbmGrams: 200 });
    expect(assessVisit(boy, { date: '2026-03-09', weightKg: 8.6 }, []).kms).toEqual({ status: 'B' });
  });
  it('flags below the red line on the 2-decimal WAZ and gives no KMS status without a weight', () => {
    const low = assessVisit(boy, { date: '2026-03-09', weightKg: 6.5 }, []);
    expect(low.z.waz).toBeLessThan(-3);
    expect(low.belowRedLine).toBe(true);
    expect(low.categories.waz).toBe('severely_underweight');
    const lengthOnly = assessVisit(boy, { date: '2026-03-09', lengthCm: 75 }, []);
    expect(lengthOnly).toMatchObject({ kms: null, belowRedLine: false, measure: 'L', measureInferred: true });
  });
  it('warns when length-for-age falls towards stunting', () => {
    const earlier = [{ date: '2025-10-09', weightKg: null, lengthCm: 70.5, measure: 'L' as const }];
    const a = assessVisit(boy, { date: '2026-03-09', lengthCm: 73.5, measure: 'L' }, earlier);
    expect(a.hazFalling?.code).toBe('haz_falling');
  });
});

describe('next step for a family', () => {
  const base = { categories: {}, kms: null, oedema: false, belowRedLine: false, hazFalling: null };
  it.each([
    [{ ...base, oedema: true }, 'puskesmas_today'],
    [{ ...base, categories: { whz: 'severely_wasted' as const } }, 'puskesmas_today'],
    [{ ...base, categories: { haz: 'stunted' as const } }, 'see_bidan'],
    [{ ...base, kms: { status: '2T' as const } }, 'see_bidan'],
    [{ ...base, belowRedLine: true }, 'see_bidan'],
    [{ ...base, kms: { status: 'T' as const } }, 'posyandu_watch'],
    [{ ...base, categories: { waz: 'normal' as const, haz: 'normal' as const } }, 'posyandu'],
  ])('%o → %s', (assessment, step) => {
    expect(nextStep(assessment)).toBe(step);
  });
});

describe('typed values and confirmations', () => {
  it('reads values, position and oedema, and reports the first problem', () => {
    expect(readTypedValues('BB 8,5 kg PB 72 bengkak')).toEqual({ ok: true, values: { weightKg: 8.5, lengthCm: 72, position: 'L', oedema: true, accepted: [] } });
    expect(readTypedValues('BB 8,5 tidak ada edema')).toEqual({ ok: true, values: { weightKg: 8.5, accepted: [] } });
    expect(readTypedValues('LK 44 72')).toEqual({ ok: false, problem: { code: 'unlabeled_value', token: '72' } });
  });
  it('offers the suggested value, the typed one and re-typing for a slip', () => {
    const q = confirmationQuestion(t, 'id', [{ code: 'weight_decimal_slip', entered: 85, suggested: 8.5 }], 'parent');
    // A plain yes means the suggested value; a no could mean either other choice, so it means none.
    expect(q.choices).toEqual([{ id: 'suggested', text: '8,5 kg', means: 'yes' }, { id: 'entered', text: '85 kg' }, { id: 'again', text: 'growth.confirm.again' }]);
    expect(q.question).toBe('growth.confirm.parent.weight_decimal_slip{"entered":"85","suggested":"8,5"}');
    expect(applyConfirmation({ weightKg: 85, accepted: [] }, q, 'suggested')).toEqual({ result: 'retry', values: { weightKg: 8.5, accepted: [] } });
    expect(applyConfirmation({ weightKg: 85, accepted: [] }, q, 'entered')).toEqual({ result: 'retry', values: { weightKg: 85, accepted: ['weight'] } });
    expect(applyConfirmation({ weightKg: 85, accepted: [] }, q, 'again').result).toBe('again');
    // "iya 8,7": the engine saves the number typed, which replaces the value and is checked again.
    expect(applyConfirmation({ weightKg: 85, accepted: [] }, q, '8.7')).toEqual({ result: 'retry', values: { weightKg: 8.7, accepted: [] } });
  });
  it('keeps the issues of values not confirmed', () => {
    const issues = [{ code: 'weight_jump' as const, previous: 8, entered: 12, days: 30, limit: 2.6 }, { code: 'lenhei_shrink' as const, previous: 75, entered: 72, days: 30, limit: 1 }];
    expect(openIssues(issues, ['weight']).map((i) => i.code)).toEqual(['lenhei_shrink']);
    expect(openIssues(issues, true)).toEqual([]);
  });
});

describe('choosing a child (kader)', () => {
  const items = [{ id: 'a', name: 'Asep', code: 'ASEP24' }, { id: 'b', name: 'Budi', code: 'BUDI25' }, { id: 'c', name: 'Budi', code: 'BUDI26' }, { id: 'd', name: 'Dewi', code: 'DEWI24' }];
  it.each([
    ['1', { result: 'found', id: 'a' }],
    ['no 4', { result: 'found', id: 'd' }],
    ['budi26', { result: 'found', id: 'c' }],
    ['dew', { result: 'found', id: 'd' }],
    ['Budi', { result: 'ambiguous' }],
    ['9', { result: 'not_found' }],
    ['Kevin', { result: 'not_found' }],
    ['selesai', { result: 'done' }],
    ['DAFTAR', { result: 'list' }],
  ])('%s', (text, found) => {
    expect(findChild(text, items)).toEqual(found);
  });
});

describe('provenance and formatting', () => {
  it('a kader supersedes a parent; a parent after a kader is born superseded', () => {
    expect(supersedePlan('kader', [{ _id: 'p', source: 'parent' }])).toEqual({ supersedes: ['p'], supersededBy: null });
    expect(supersedePlan('parent', [{ _id: 'k', source: 'kader' }])).toEqual({ supersedes: [], supersededBy: 'k' });
    expect(supersedePlan('kader', [{ _id: 'k1', source: 'kader' }])).toEqual({ supersedes: ['k1'], supersededBy: null });
  });
  it('writes numbers and dates in the contact language', () => {
    expect(formatDecimal(-1.2, 'id', 2, true)).toBe('-1,20');
    expect(formatDecimal(8.5, 'en', 2)).toBe('8.5');
    expect(formatDay('2026-02-09', 'su')).toBe('9 Pébruari 2026');
    expect(formatDay('2026-02-09', 'en')).toBe('9 February 2026');
    expect(formatDay('2026-02-09', 'id')).toBe('9 Februari 2026');
  });
});
