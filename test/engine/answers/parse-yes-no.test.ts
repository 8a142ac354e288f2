import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../../src/engine/answers/index.js';

const yes = [
  'ya', 'Ya', 'YA', 'iya', 'y', 'yaa', 'iyaa', 'iyaaa kak', 'betul', 'benar', 'bener', 'setuju', 'boleh', 'ok', 'OK',
  'oke', 'okee', 'okay', 'sip', 'sipp', 'siap', 'tentu', 'tentu saja', 'mau', 'bisa', 'sudah', 'udah', 'yes', 'Yes!',
  'yep', 'yup', 'yeah', 'sure', 'muhun', 'sumuhun', 'enya', 'leres', 'mangga', 'atos', 'parantos', 'ya setuju',
  'Ya, saya setuju.', 'saya setuju', 'oke tidak masalah', '👍', '👍🏽', '👌', '✅', '✔️', 'ok👍', 'ya 🙏', '  ya\u200B ',
  // Words from the vocabulary file added for issue 10 (Javanese and more chat spellings).
  'iya betul', 'siaap', 'oke bu', 'yess', 'nggih', 'inggih', 'sampun', 'leres pisan', 'bnr',
];
const no = [
  'tidak', 'Tidak.', 'TIDAK', 'tdk', 'gak', 'ga', 'gk', 'g', 'nggak', 'ngga', 'enggak', 'engga', 'ndak', 'gaaak', 'tak',
  'jangan', 'jgn', 'belum', 'blm', 'bukan', 'no', 'No.', 'nope', 'n', 'teu', 'henteu', 'moal', 'ulah', 'teu acan',
  'sanes', 'tidak setuju', 'saya tidak setuju', 'gak mau', 'belum pernah', '👎', '❌', 'tidak 👎',
  'mboten', 'ora', 'durung', 'henteu ah', 'nggak usah',
];

describe('parseYesNo', () => {
  it.each(yes)('%j → yes', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: true });
  });

  it.each(no)('%j → no', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: false });
  });

  it.each(['mungkin', 'entahlah', 'maybe', '😀', '?', '8,5', 'nanti dulu', 'not sure', 'i can come', 'tidak tahu', 'gak tau', 'belum tahu', 'kurang yakin', 'lupa', 'teu terang', 'ya mungkin', "don't know", 'apa ya', 'apa ya?', 'maksudnya apa ya', 'gimana ya', 'what?', 'naon ieu?', 'kumaha nya'])('%j → not_yes_no', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: false, reason: 'not_yes_no' });
  });

  it.each(['', '   ', '\u200B'])('%j → empty', (text) => {
    expect(parseYesNo(text)).toEqual({ ok: false, reason: 'empty' });
  });
});
