import { describe, expect, it } from 'vitest';
import { parseScreeningText } from '../../../src/domain/screening/index.js';

describe('parseScreeningText', () => {
  it('reads every value of a full card note', () => {
    expect(parseScreeningText('Tensi 150/95, GDP 130, BB 68,5 TB 160 LP 92')).toEqual({
      bloodPressure: { systolic: 150, diastolic: 95 },
      sugar: { mgDl: 130, kind: 'fasting' },
      weightKg: 68.5,
      heightCm: 160,
      waistCm: 92,
    });
  });

  it.each([
    ['td 120/80 gds 180', { bloodPressure: { systolic: 120, diastolic: 80 }, sugar: { mgDl: 180, kind: 'random' } }],
    ['gula darah puasa: 99', { sugar: { mgDl: 99, kind: 'fasting' } }],
    ['gula 250', { sugar: { mgDl: 250, kind: 'random' } }],
    ['berat badan 70 tinggi badan 165', { weightKg: 70, heightCm: 165 }],
    ['lingkar perut 81.5', { waistCm: 81.5 }],
    ['beurat 55 jangkung 150', { weightKg: 55, heightCm: 150 }],
    ['BP 130/85 sugar 140 weight 60 height 158 waist 79', { bloodPressure: { systolic: 130, diastolic: 85 }, sugar: { mgDl: 140, kind: 'random' }, weightKg: 60, heightCm: 158, waistCm: 79 }],
  ])('%s', (text, values) => {
    expect(parseScreeningText(text)).toEqual(values);
  });

  it('reads nothing from a text without labelled values', () => {
    expect(parseScreeningText('sudah semua')).toEqual({});
    expect(parseScreeningText('70')).toEqual({});
  });

  it('does not take a word that only ends in a label ("sebb 70")', () => {
    expect(parseScreeningText('sebb 70')).toEqual({});
  });
});
