import { describe, expect, it } from 'vitest';
import { readDoseText } from '../../../src/app/immunisation/dose-words.js';

const baby = { today: '2026-03-09', birthDate: '2026-01-20', received: new Set<string>() };
const dose = (id: string) => ({ kind: 'dose', dose: id });

describe('readDoseText', () => {
  it.each([
    ['sudah imunisasi BCG dan polio 1 tanggal 3 Maret', [dose('bcg'), dose('polio1')], '2026-03-03'],
    ['DPT 1, PCV 1, rota 1 kemarin', [dose('dpt_hb_hib1'), dose('pcv1'), dose('rota1')], '2026-03-08'],
    ['polio 1 dan 2', [dose('polio1'), dose('polio2')], undefined],
    ['tgl 5/3 dpt-hb-hib 1', [dose('dpt_hb_hib1')], '2026-03-05'],
    ['MR lanjutan', [dose('mr2')], undefined],
    ['parantos imunisasi campak', [dose('mr1')], undefined],
    ['got the hepatitis B and BCG on March 2', [dose('hb0'), dose('bcg')], '2026-03-02'],
    ['polio suntik 1', [dose('ipv1')], undefined],
  ])('%s', (text, items, date) => {
    const reading = readDoseText(text, baby);
    expect(reading.items).toEqual(items);
    expect(reading.date).toBe(date);
  });

  it('a series without a number is its first dose not yet received', () => {
    expect(readDoseText('sudah polio', { ...baby, received: new Set(['polio1']) }).items).toEqual([dose('polio2')]);
  });

  it('bare numbers are dose numbers, never a date', () => {
    expect(readDoseText('polio 1 2', baby)).toEqual({ items: [dose('polio1'), dose('polio2')], nothing: false });
  });

  it('a day after today is flagged, not taken', () => {
    expect(readDoseText('bcg besok', baby)).toEqual({ items: [dose('bcg')], future: true, nothing: false });
  });

  it('vitamin A: the colour said, else the one for the age on that day', () => {
    expect(readDoseText('vitamin A merah', baby).items).toEqual([{ kind: 'vitamin_a', capsule: 'red' }]);
    expect(readDoseText('vit a', { ...baby, birthDate: '2025-01-15' }).items).toEqual([{ kind: 'vitamin_a', capsule: 'red' }]);
    expect(readDoseText('kapsul biru', baby).items).toEqual([{ kind: 'vitamin_a', capsule: 'blue' }]);
    expect(readDoseText('vitamin a', baby)).toMatchObject({ items: [], vitaminAAge: true });
  });

  it('"tidak ada" says nothing was given; unknown words read as no dose', () => {
    expect(readDoseText('tidak ada', baby)).toEqual({ items: [], nothing: true });
    expect(readDoseText('sudah ke puskesmas', baby)).toEqual({ items: [], nothing: false });
  });
});
