import { describe, expect, it } from 'vitest';
import { audienceLabel, caregiversOfUnderFives, isUnderFive, toAudience, toBatches } from '../../../src/app/broadcast/audience.js';
import { dayAt } from '../../../src/app/broadcast/broadcaster.js';

describe('isUnderFive', () => {
  it.each([
    ['2021-03-10', '2026-03-09', true],
    ['2021-03-09', '2026-03-09', false],
    ['2026-03-01', '2026-03-09', true],
    // Born on 29 February: five on 28 February of a common year.
    ['2020-02-29', '2025-02-27', true],
    ['2020-02-29', '2025-02-28', false],
  ])('born %s, on %s: %s', (birth, today, expected) => {
    expect(isUnderFive(birth, today)).toBe(expected);
  });
});

describe('toAudience', () => {
  it.each([
    ['all', undefined, { kind: 'all' }],
    ['under5', undefined, { kind: 'under5' }],
    ['pregnant', undefined, { kind: 'group', group: 'pregnant' }],
    ['elderly', '03', { kind: 'group', group: 'elderly' }],
    ['rw', '03', { kind: 'rw', rw: '03' }],
    ['rw', undefined, undefined],
    ['everyone', undefined, undefined],
  ])('%s %s', (choice, rw, expected) => {
    expect(toAudience(choice, rw)).toEqual(expected);
  });
});

it('labels an audience with a locale key', () => {
  expect(audienceLabel({ kind: 'rw', rw: '03' })).toEqual({ __t: 'broadcast.audience.rw_label', params: { rw: '03' } });
  expect(audienceLabel({ kind: 'group', group: 'elderly' })).toEqual({ __t: 'broadcast.audience.elderly' });
});

it('finds each caregiver of a child under five once', () => {
  const children = [
    { birthDate: '2025-01-15', caregiverIds: ['c2', 'c1'] },
    { birthDate: '2023-06-10', caregiverIds: ['c1'] },
    { birthDate: '2019-01-01', caregiverIds: ['c9'] },
  ];
  expect(caregiversOfUnderFives(children, '2026-03-09')).toEqual(['c1', 'c2']);
});

it.each([
  [[], 2, []],
  [['a', 'b', 'c'], 2, [['a', 'b'], ['c']]],
  [['a', 'b'], 2, [['a', 'b']]],
])('toBatches(%j, %i)', (items, size, expected) => {
  expect(toBatches(items, size)).toEqual(expected);
});

it.each([
  ['2026-03-09T16:59:00Z', 'Asia/Jakarta', '2026-03-09'],
  ['2026-03-09T17:00:00Z', 'Asia/Jakarta', '2026-03-10'],
  ['2026-03-09T15:30:00Z', 'Asia/Jayapura', '2026-03-10'],
])('the day at %s in %s is %s', (at, zone, day) => {
  expect(dayAt(new Date(at), zone)).toBe(day);
});
