import { describe, expect, it } from 'vitest';
import { parseChoice, type ChoiceOption } from '../../../src/engine/answers/index.js';

const sex: ChoiceOption[] = [
  { id: 'm', labels: ['Laki-laki', 'Male', 'Lalaki', 'cowok'] },
  { id: 'f', labels: ['Perempuan', 'Female', 'Awéwé', 'cewek'] },
];
const consent: ChoiceOption[] = [
  { id: 'agree', labels: ['Setuju', 'Agree', 'Satuju'] },
  { id: 'disagree', labels: ['Tidak setuju', 'Disagree', 'Teu satuju'] },
  { id: 'later', labels: ['Nanti saja', 'Later', 'Engké waé'] },
];
const visits: ChoiceOption[] = [
  { id: 'once', labels: ['1', 'sekali'] },
  { id: 'twice', labels: ['2', 'dua kali'] },
  { id: 'more', labels: ['3 atau lebih', '3+'] },
];
const menu: ChoiceOption[] = Array.from({ length: 11 }, (_, i) => ({ id: `item${i + 1}`, labels: [`Menu ${i + 1}`] }));

// The parent's main menu, as shown.
const parentMenu: ChoiceOption[] = ['Anak saya', 'Tambah anak', 'Lapor berat/tinggi anak', 'Riwayat & grafik anak', 'Jadwal posyandu', 'Minta bantuan kader', 'Pengaturan & data saya', 'Bantuan'].map(
  (label, i) => ({ id: `m${i + 1}`, labels: [label] }),
);

describe('parseChoice picks an option named by words of its label', () => {
  it.each<[string, string]>([
    ['grafik', 'm4'],
    ['mau lihat grafik', 'm4'],
    ['riwayat anak', 'm4'],
    // "bantuan" alone is the option "Bantuan"; with "kader" it is "Minta bantuan kader".
    ['bantuan kader', 'm6'],
    ['kader', 'm6'],
    ['data saya', 'm7'],
    ['anak tambah', 'm2'],
  ])('%j → %s', (text, id) => {
    expect(parseChoice(text, parentMenu)).toEqual({ ok: true, value: id });
  });

  it('asks which one when the words fit several labels and nothing else decides', () => {
    const options = [{ id: 'see', labels: ['Lihat riwayat anak'] }, { id: 'delete', labels: ['Hapus riwayat anak'] }, { id: 'back', labels: ['Kembali'] }];
    expect(parseChoice('riwayat', options)).toEqual({ ok: false, reason: 'ambiguous_choice', params: { choices: '1, 2', example: '1' } });
  });
});

describe('parseChoice picks', () => {
  it.each<[string, ChoiceOption[], string]>([
    ['1', sex, 'm'],
    ['2', sex, 'f'],
    ['2.', sex, 'f'],
    ['2)', sex, 'f'],
    [' 2 ', sex, 'f'],
    ['no 2', sex, 'f'],
    ['No. 2', sex, 'f'],
    ['nomor 2', sex, 'f'],
    ['nomer 2', sex, 'f'],
    ['pilih yang 2 aja kak', sex, 'f'],
    ['#2', sex, 'f'],
    ['2️⃣', sex, 'f'],
    ['1️⃣', sex, 'm'],
    ['２', sex, 'f'],
    ['🔟', menu, 'item10'],
    ['11', menu, 'item11'],
    ['Laki-laki', sex, 'm'],
    ['LAKI LAKI', sex, 'm'],
    ['lakilaki', sex, 'm'],
    ['laki', sex, 'm'],
    ['perempuan', sex, 'f'],
    ['Perempuan.', sex, 'f'],
    ['female', sex, 'f'],
    ['awewe', sex, 'f'],
    ['Awéwé', sex, 'f'],
    ['cewek', sex, 'f'],
    ['per', sex, 'f'],
    ['anak saya perempuan', sex, 'f'],
    ['yang laki-laki bu', sex, 'm'],
    ['prempuan', sex, 'f'],
    ['perempuna', sex, 'f'],
    ['2. Perempuan', sex, 'f'],
    ['2 perem', sex, 'f'],
    ['setuju', consent, 'agree'],
    ['tidak setuju', consent, 'disagree'],
    ['saya tidak setuju', consent, 'disagree'],
    ['saya setuju kak', consent, 'agree'],
    ['teu satuju', consent, 'disagree'],
    ['engke wae', consent, 'later'],
    ['nanti', consent, 'later'],
    ['3', consent, 'later'],
    // A label typed exactly wins over the option number it could also be.
    ['2', visits, 'twice'],
    ['3+', visits, 'more'],
    ['3', visits, 'more'],
    ['dua kali', visits, 'twice'],
  ])('%j → %s', (text, options, expected) => {
    expect(parseChoice(text, options)).toEqual({ ok: true, value: expected });
  });
});

describe('parseChoice refuses', () => {
  it.each<[string, ChoiceOption[], string, Record<string, string | number>?]>([
    ['', sex, 'empty'],
    ['  ', sex, 'empty'],
    ['3', sex, 'no_such_choice', { max: 2, example: '1' }],
    ['0', sex, 'no_such_choice'],
    ['12', menu, 'no_such_choice', { max: 11, example: '1' }],
    ['l', sex, 'no_such_choice'],
    ['mungkin', sex, 'no_such_choice'],
    ['🔟', sex, 'no_such_choice'],
    ['anak saya kembar', sex, 'no_such_choice'],
    ['laki-laki atau perempuan', sex, 'ambiguous_choice', { choices: '1, 2', example: '1' }],
    ['2. laki-laki', sex, 'ambiguous_choice', { choices: '1, 2', example: '1' }],
    ['menu 1', [{ id: 'a', labels: ['Menu 1'] }, { id: 'b', labels: ['menu 1'] }], 'ambiguous_choice'],
    ['me', menu, 'ambiguous_choice'],
  ])('%j → %s', (text, options, reason, params) => {
    const result = parseChoice(text, options);
    expect(result).toMatchObject({ ok: false, reason });
    if (params) expect(result).toEqual({ ok: false, reason, params });
  });
});
