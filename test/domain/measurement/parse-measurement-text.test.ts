import { describe, expect, it } from 'vitest';
import { parseMeasurementText, type MeasurementText } from '../../../src/domain/measurement/index.js';

const clean = (fields: Omit<MeasurementText, 'problems'>): MeasurementText => ({ ...fields, problems: [] });

describe('parseMeasurementText reads', () => {
  it.each<[string, MeasurementText]>([
    ['BB 8,5 kg TB 72 cm', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['bb 8,5 kg tb 72 cm', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['berat 8.5 tinggi 72,5', clean({ weightKg: 8.5, lengthCm: 72.5 })],
    ['berat badan 8,5 tinggi badan 72,5', clean({ weightKg: 8.5, lengthCm: 72.5 })],
    ['8500 gram', clean({ weightKg: 8.5 })],
    // A decimal said with "koma" and numbers said in words: "'5 kilo' tertulis dua kali" before.
    ['delapan koma lima', clean({ weightKg: 8.5 })],
    ['8 koma 5', clean({ weightKg: 8.5 })],
    ['salapan koma dua', clean({ weightKg: 9.2 })],
    ['berat 8 koma 5 kg', clean({ weightKg: 8.5 })],
    ['bb delapan koma lima kilo tb tujuh puluh dua', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['beurat dalapan koma opat', clean({ weightKg: 8.4 })],
    ['weight eight point five', clean({ weightKg: 8.5 })],
    ['berat sembilan ribu dua ratus gram', clean({ weightKg: 9.2 })],
    ['tujuh setengah kilo', clean({ weightKg: 7.5 })],
    ['lk empat puluh lima', clean({ headCm: 45 })],
    ['bobote wolu koma loro', clean({ weightKg: 8.2 })],
    // Metres and centimetres together are one length.
    ['tinggi 1 meter 20', clean({ lengthCm: 120 })],
    ['tinggi 1 m 5 cm', clean({ lengthCm: 105 })],
    ['8500 g', clean({ weightKg: 8.5 })],
    ['8.500 gr', clean({ weightKg: 8.5 })],
    ['LK 44', clean({ headCm: 44 })],
    ['lk 44 cm', clean({ headCm: 44 })],
    ['lingkar kepala 44,5', clean({ headCm: 44.5 })],
    ['LiLA 13,5', clean({ armCm: 13.5 })],
    ['LILA 13.5 cm', clean({ armCm: 13.5 })],
    ['lingkar lengan atas 13,5 cm', clean({ armCm: 13.5 })],
    ['MUAC 12.5', clean({ armCm: 12.5 })],
    ['panjang 72 cm berbaring', clean({ lengthCm: 72, position: 'L' })],
    ['panjang badan 72 cm telentang', clean({ lengthCm: 72, position: 'L' })],
    ['tinggi 80 berdiri', clean({ lengthCm: 80, position: 'H' })],
    ['TB 95 cm berdiri', clean({ lengthCm: 95, position: 'H' })],
    ['tinggi 70 berbaring', clean({ lengthCm: 70, position: 'L' })],
    ['PB 72', clean({ lengthCm: 72, position: 'L' })],
    // TB alone is used loosely for lying babies too: no position.
    ['TB 72', clean({ lengthCm: 72 })],
    ['bb: 8,5kg; pb: 70', clean({ weightKg: 8.5, lengthCm: 70, position: 'L' })],
    ['bb=8,5 pb=70', clean({ weightKg: 8.5, lengthCm: 70, position: 'L' })],
    ['bb8,5 tb72', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['BB 8,5kg/TB 72cm', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['8,5 kg 72 cm', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['8,5 kg, 72 cm.', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['72 cm 8,5 kg', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['8,5 kilo 0,72 m', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['8,5', clean({ weightKg: 8.5 })],
    ['8.5', clean({ weightKg: 8.5 })],
    ['12', clean({ weightKg: 12 })],
    ['weight 8.5 height 72', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['Weight: 8.5 kg, length: 72 cm', clean({ weightKg: 8.5, lengthCm: 72, position: 'L' })],
    ['height 90 cm standing', clean({ lengthCm: 90, position: 'H' })],
    ['head 44', clean({ headCm: 44 })],
    ['beurat 8,5 jangkung 72', clean({ weightKg: 8.5, lengthCm: 72 })],
    ['beurat 8,5 kg jangkung 85 nangtung', clean({ weightKg: 8.5, lengthCm: 85, position: 'H' })],
    ['lingkar sirah 44', clean({ headCm: 44 })],
    ['BB 8500', clean({ weightKg: 8.5 })],
    ['BB 8.500', clean({ weightKg: 8.5 })],
    ['BB 8 kg', clean({ weightKg: 8 })],
    ['Berat badan: 8,5 kg. Panjang badan: 72,5 cm (telentang).', clean({ weightKg: 8.5, lengthCm: 72.5, position: 'L' })],
    ['BB 8,5 TB 72 LK 44 LILA 13,5', clean({ weightKg: 8.5, lengthCm: 72, headCm: 44, armCm: 13.5 })],
    ['lingkar kepala 44 cm lingkar lengan atas 13,5 cm', clean({ headCm: 44, armCm: 13.5 })],
    ['td ditimbang bb 8,5 bu', clean({ weightKg: 8.5 })],
  ])('%j', (text, expected) => {
    expect(parseMeasurementText(text)).toEqual(expected);
  });
});

describe('parseMeasurementText reports problems', () => {
  it.each<[string, MeasurementText]>([
    ['', { problems: [{ code: 'no_measurement', token: '' }] }],
    ['halo bu', { problems: [{ code: 'no_measurement', token: 'halo bu' }] }],
    ['BB', { problems: [{ code: 'missing_value', token: 'bb' }] }],
    ['BB TB 72', { lengthCm: 72, problems: [{ code: 'missing_value', token: 'bb' }] }],
    // "1 meter 2" is 102 or 120 cm: the "2" is asked about, never taken for a weight of 2 kg.
    ['tinggi 1 meter 2', { lengthCm: 100, problems: [{ code: 'unlabeled_value', token: '2' }] }],
    // A bare number above 40 is not guessed to be anything.
    ['72', { problems: [{ code: 'unlabeled_value', token: '72' }] }],
    ['0,5', { problems: [{ code: 'unlabeled_value', token: '0,5' }] }],
    ['8,5 72', { weightKg: 8.5, problems: [{ code: 'unlabeled_value', token: '72' }] }],
    ['LK 44 72', { headCm: 44, problems: [{ code: 'unlabeled_value', token: '72' }] }],
    ['72 cm 44 cm', { lengthCm: 72, problems: [{ code: 'unlabeled_value', token: '44 cm' }] }],
    ['BB 72 cm', { problems: [{ code: 'unit_mismatch', token: '72 cm' }] }],
    ['TB 8,5 kg', { problems: [{ code: 'unit_mismatch', token: '8,5 kg' }] }],
    ['BB 8,5 BB 9', { weightKg: 8.5, problems: [{ code: 'two_values', token: '9', field: 'weightKg', values: [8.5, 9] }] }],
    ['8,5 kg 9 kg', { weightKg: 8.5, problems: [{ code: 'two_values', token: '9 kg', field: 'weightKg', values: [8.5, 9] }] }],
    ['berat 8,5 panjang 72 berat 8,7 bb 9', { weightKg: 8.5, lengthCm: 72, position: 'L', problems: [{ code: 'two_values', token: '8,7', field: 'weightKg', values: [8.5, 8.7, 9] }] }],
    ['BB 8,5 BB 8,5', { weightKg: 8.5, problems: [] }],
    // A decimal amount takes no smaller part (fast-check found "0,11 kilo 10,0 gram" read as 0,12 kg).
    ['8,5 kg 200 gram', { weightKg: 8.5, problems: [{ code: 'two_values', token: '200 gram', field: 'weightKg', values: [8.5, 0.2] }] }],
    ['BB 18 lbs', { problems: [{ code: 'unknown_unit', token: '18 lbs' }] }],
    ['umur 12 bulan', { problems: [{ code: 'unknown_unit', token: '12 bulan' }] }],
    ['BB 1.2.3', { problems: [{ code: 'not_a_number', token: '1.2.3' }] }],
    ['BB 0', { problems: [{ code: 'not_positive', token: '0' }] }],
    ['PB 80 berdiri', { lengthCm: 80, position: 'H', problems: [{ code: 'position_conflict', token: 'berdiri' }] }],
    ['tinggi 80 berdiri berbaring', { lengthCm: 80, problems: [{ code: 'position_conflict', token: 'berdiri berbaring' }] }],
  ])('%j', (text, expected) => {
    expect(parseMeasurementText(text)).toEqual(expected);
  });
});
