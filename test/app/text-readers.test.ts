import { describe, expect, it } from 'vitest';
import { TEXT_READERS, checkReaders } from '../../src/app/text-readers.js';
import type { LoadedFlow } from '../../src/engine/index.js';

const flow = (reads?: string): LoadedFlow => ({
  definition: { spec: 2, id: 'x', version: 1, start: 'a', steps: { a: { type: 'end' } }, ...(reads ? { reads } : {}) },
  file: 'flows/x.yaml',
  revision: 'r',
});

describe('text readers', () => {
  it('reads a labelled measurement as clear and a lone number as weak', () => {
    expect(TEXT_READERS.measurement!('berat 9,2 panjang 74')).toBe('clear');
    expect(TEXT_READERS.measurement!('9,2')).toBe('weak');
    expect(TEXT_READERS.measurement!('kapan posyandu?')).toBeUndefined();
  });

  it('reads a number said with words about the child as clear, so it wins over the menu item "Anak saya"', () => {
    expect(TEXT_READERS.measurement!('anak saya 9,2')).toBe('clear');
    expect(TEXT_READERS.measurement!('delapan koma lima')).toBe('clear');
    // A choice number with a filler stays a choice.
    expect(TEXT_READERS.measurement!('2 ya')).toBeUndefined();
    expect(TEXT_READERS.measurement!('2')).toBe('weak');
  });

  it('stops start-up when a flow names a reader that does not exist', () => {
    expect(() => checkReaders([flow('measurement'), flow()], TEXT_READERS)).not.toThrow();
    expect(() => checkReaders([flow('mesurement')], TEXT_READERS)).toThrow(/flows\/x.yaml: reads "mesurement"/);
  });
});
