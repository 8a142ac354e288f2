import { describe, expect, it } from 'vitest';
import { MAX_VALUE_TRIES, valuesOutcome, withPick } from '../../../src/app/growth/values-outcome.js';

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
});
