import { describe, expect, it } from 'vitest';
import { measurementIntent, numbersAsRead, parseMeasurementText, type MeasurementIntent } from '../../../src/domain/measurement/index.js';

describe('measurementIntent', () => {
  it.each<[string, MeasurementIntent | undefined]>([
    // A number with a measurement word or a unit of mass or length: surely a measurement.
    ['berat 9,2 panjang 74', 'labelled'],
    ['bb 9.2 tb 74', 'labelled'],
    ['9200 gram', 'labelled'],
    ['lingkar kepala 45', 'labelled'],
    ['lk45', 'labelled'],
    ['anak saya 9,2 kg', 'labelled'],
    ['anak saya berat 9,2', 'labelled'],
    ['beuratna 9,2', 'labelled'],
    ['beurat 9,2 jangkung 74', 'labelled'],
    ['jangkungna 74', 'labelled'],
    ['beratnya 9 kg', 'labelled'],
    ['weight 9.2 kg length 74 cm', 'labelled'],
    ['74 cm', 'labelled'],
    ['berat 9,2 74', 'labelled'],
    // A lone number: maybe a measurement, maybe not.
    ['9,2', 'bare'],
    ['74', 'bare'],
    [' 9.2 ', 'bare'],
    ['9,2 74', 'bare'],
    ['9,2 / 74', 'bare'],
    // Beside words that name no other thing: "anak saya 9,2" once picked the menu item "Anak saya".
    ['anak saya 9,2', 'bare'],
    ['bayi saya 9,2 hari ini', 'bare'],
    // A filler beside a number is how a choice is typed ("2 ya"): not a measurement.
    ['2 ya', undefined],
    ['delapan koma lima', 'bare'],
    ['salapan koma dua', 'bare'],
    ['bb delapan koma lima', 'labelled'],
    // A lone number word is a choice or a count, not a measurement.
    ['dua', undefined],
    ['anak saya', undefined],
    // Numbers with other units or dates, words without numbers: not a measurement.
    ['jadwal tanggal 12 maret', undefined],
    ['kapan posyandu bulan 3?', undefined],
    ['sakit kepala 3 hari', undefined],
    ['anak saya umur 2 tahun', undefined],
    ['berat badannya turun', undefined],
    ['timbang', undefined],
    ['anak saya', undefined],
    ['halo', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(measurementIntent(text)).toBe(expected);
  });
});

describe('labels with a possessive ending', () => {
  it.each<[string, Partial<ReturnType<typeof parseMeasurementText>>]>([
    ['beuratna 9,2 jangkungna 74', { weightKg: 9.2, lengthCm: 74 }],
    ['beratnya 9,2 panjangnya 74', { weightKg: 9.2, lengthCm: 74, position: 'L' }],
  ])('%j', (text, expected) => {
    expect(parseMeasurementText(text)).toEqual({ ...expected, problems: [] });
  });
});

describe('numbersAsRead', () => {
  it.each([
    ['anak saya 9,2', '9,2'],
    ['delapan koma lima', '8,5'],
    [' 9.2 ', '9.2'],
    ['9,2 / 74', '9,2 74'],
  ])('%j → %j', (text, expected) => {
    expect(numbersAsRead(text)).toBe(expected);
  });
});
