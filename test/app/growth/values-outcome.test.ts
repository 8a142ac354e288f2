import { describe, expect, it } from 'vitest';
import { MAX_VALUE_TRIES, saidDay, valuesOutcome, withDayChoices, withPick } from '../../../src/app/growth/values-outcome.js';

describe('values typed for a measurement', () => {
  it('a weight given twice with different numbers asks which one, with each as a choice, and spends no try', () => {
    const out = valuesOutcome('berat 8,5 panjang 72 ... berat 8,7', 1, {});
    expect(out).toEqual({
      result: 'problem',
      data: expect.objectContaining({
        tries: 1,
        code: 'two_values',
        field: 'weightKg',
        options: [{ id: '8.5', text: '8,5 kg' }, { id: '8.7', text: '8,7 kg' }],
        question: { __t: 'growth.values.which.weightKg', params: { first: '8,5', second: '8,7' } },
      }),
    });
  });

  it('the picked value is used with the rest of the text; a second measure typed twice is asked about next', () => {
    const asked = valuesOutcome('bb 8,5 pb 72 bb 8,7 pb 74', 0, {}).data;
    const afterWeight = valuesOutcome('bb 8,5 pb 72 bb 8,7 pb 74', 0, withPick(asked, '8.7'));
    expect(afterWeight.data).toMatchObject({ code: 'two_values', field: 'lengthCm', picks: { weightKg: 8.7 } });
    const done = valuesOutcome('bb 8,5 pb 72 bb 8,7 pb 74', 0, withPick(afterWeight.data, '74'));
    expect(done).toEqual({ result: 'ok', data: { weightKg: 8.7, lengthCm: 74, position: 'L', accepted: [] } });
  });

  it('a pick that is not one of the values typed is not trusted: the question stays', () => {
    expect(valuesOutcome('bb 8,5 bb 8,7', 0, withPick({ field: 'weightKg', picks: {} }, '9')).data).toMatchObject({ code: 'two_values' });
  });

  it('an unreadable text still counts as a try, and the last one gives up', () => {
    expect(valuesOutcome('lk', 0, {})).toMatchObject({ result: 'problem', data: { tries: 1, code: 'missing_value' } });
    expect(valuesOutcome('lk', MAX_VALUE_TRIES - 1, {})).toEqual({ result: 'gave_up' });
  });

  describe('the day said with the values (both measurement flows)', () => {
    const today = '2026-03-09';

    it.each([
      ['Sari bb 11,8 tb 83,5 kemarin', '2026-03-08', { weightKg: 11.8, lengthCm: 83.5 }],
      ['bb 9,3 pb 74 tgl 3/3', '2026-03-03', { weightKg: 9.3, lengthCm: 74 }],
      ['budi 3 maret berat 9,2', '2026-03-03', { weightKg: 9.2 }],
    ])('%s is measured on %s, its numbers never a measure', (text, date, measures) => {
      const out = valuesOutcome(text, 0, {}, today);
      expect(out).toMatchObject({ result: 'ok', data: { ...measures, date } });
      expect(out.data).not.toHaveProperty('dates');
    });

    it('no day said is no day: the flow takes today', () => {
      const out = valuesOutcome('bb 9,3 pb 74', 0, {}, today);
      expect(out.data).not.toHaveProperty('date');
      expect(out.data).not.toHaveProperty('dates');
    });

    it('two different days are asked about, each a choice; the same day twice is that day', () => {
      expect(valuesOutcome('bb 9,4 tb 78 tgl 2/3 kemarin', 0, {}, today).data).toMatchObject({ weightKg: 9.4, dates: { code: 'two_dates', days: ['2026-03-02', '2026-03-08'] } });
      expect(valuesOutcome('bb 9,4 tgl 8/3 kemarin', 0, {}, today).data).toMatchObject({ weightKg: 9.4, date: '2026-03-08' });
    });

    it.each([
      ['bb 12 besok', 'answer.error.date_in_future'],
      ['bb 12 tgl 3/3/2019', 'answer.error.date_too_old'],
      ['bb 12 tgl 31/2/2026', 'answer.error.no_such_date'],
    ])('%s cannot be the day measured: %s, never today in silence', (text, key) => {
      const data = valuesOutcome(text, 0, {}, today).data as { date?: string; dates?: { code: string; problem: { __t: string } } };
      expect(data.date).toBeUndefined();
      expect(data.dates).toMatchObject({ code: 'bad_date', problem: { __t: key } });
    });

    it('a good day with an impossible one is not taken in silence either', () => {
      expect(saidDay([{ ok: true, value: '2026-03-08' }, { ok: false, reason: 'date_in_future' }])).toEqual({ dates: { code: 'bad_date', problem: { __t: 'answer.error.date_in_future', params: {} } } });
      expect(saidDay([{ ok: true, value: '2026-03-08' }, { ok: true, value: '2026-03-08' }])).toEqual({ date: '2026-03-08' });
      expect(saidDay([])).toEqual({});
    });

    it('two days become choices in the contact\'s language, the id being the day', () => {
      const out = withDayChoices(valuesOutcome('bb 9,4 tgl 2/3 kemarin', 0, {}, today), 'en');
      expect(out.data).toMatchObject({ dates: { options: [{ id: '2026-03-02', text: '2 March 2026' }, { id: '2026-03-08', text: '8 March 2026' }] } });
      const one = valuesOutcome('bb 9,4 kemarin', 0, {}, today);
      expect(withDayChoices(one, 'id')).toBe(one);
    });
  });
});
