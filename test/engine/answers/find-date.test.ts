import { describe, expect, it } from 'vitest';
import { findDateIn } from '../../../src/engine/answers/index.js';

const today = '2026-12-07';
const at = (text: string) => findDateIn(text, { today, notAfter: today, notBefore: '2020-12-07' });

describe('findDateIn', () => {
  it.each([
    ['sari 3 des 2026 berat 11.6 tinggi 84', '2026-12-03', 'sari berat 11.6 tinggi 84'],
    ['sari tgl 3 des berat 11.6 tinggi 84', '2026-12-03', 'sari berat 11.6 tinggi 84'],
    ['sari 03/12/2026 berat 11,6 tinggi 84', '2026-12-03', 'sari berat 11,6 tinggi 84'],
    ['bb 9,2 tb 80 tgl 5/12', '2026-12-05', 'bb 9,2 tb 80'],
    ['bb 9,2 kemarin', '2026-12-06', 'bb 9,2'],
    ['kemarin lusa bb 9,2', '2026-12-05', 'bb 9,2'],
    ['budi bb 9,2 tb 80 3 hari lalu', '2026-12-04', 'budi bb 9,2 tb 80'],
    ['berat 8,5 tanggal 1-12-2026', '2026-12-01', 'berat 8,5'],
    ['tgl 2.12 bb 8', '2026-12-02', 'bb 8'],
    ['weight 8.5 on 2 december', '2026-12-02', 'weight 8.5'],
  ])('%s → %s', (text, date, rest) => {
    expect(at(text)).toEqual({ dates: [{ ok: true, value: date }], rest });
  });

  it.each(['bb 8.5 tb 72', 'berat 8,5 tinggi 72,5', 'bb 8 kg 500 gram', 'Juni 8 kg 72 cm', 'mei bb 8,5', 'lk 44 lila 13,5', '9200 gram', 'bb 8-9 kg'])('finds no date in %s', (text) => {
    expect(at(text)).toBeUndefined();
  });

  it('keeps a date out of the measures even when it cannot be the day measured', () => {
    expect(at('bb 9 tgl 9 des 2026')).toEqual({ dates: [expect.objectContaining({ ok: false })], rest: 'bb 9' });
    expect(at('bb 9 besok')).toEqual({ dates: [expect.objectContaining({ ok: false })], rest: 'bb 9' });
  });

  it('finds every date said, so two different days can be asked about', () => {
    expect(at('budi tgl 03/12 bb 10,9 pb 83 kemarin')).toEqual({ dates: [{ ok: true, value: '2026-12-03' }, { ok: true, value: '2026-12-06' }], rest: 'budi bb 10,9 pb 83' });
  });
});
