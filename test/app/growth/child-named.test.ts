import { describe, expect, it } from 'vitest';
import { childNamedIn } from '../../../src/app/growth/find-child.js';

const kids = [
  { id: 'a', name: 'Asep', code: 'ASEP24' },
  { id: 'b', name: 'Budi', code: 'BUDI25' },
  { id: 's', name: 'Siti Aisyah', code: 'SITI23' },
];

describe('childNamedIn', () => {
  it.each<[string, string | undefined]>([
    ['Budi 9,2 kg', 'b'],
    ['bb budi 9,2', 'b'],
    ['BUDI25 9,2 kg', 'b'],
    ['siti aisyah tb 90', 's'],
    ['Asép bb 11', 'a'],
    // No name, a name inside another word, two children: ask.
    ['bb 9,2', undefined],
    ['budiman 9 kg', undefined],
    ['siti 9 kg', undefined],
    ['asep dan budi 9 kg', undefined],
  ])('%j → %s', (text, expected) => {
    expect(childNamedIn(text, kids)).toBe(expected);
  });
});
