import { describe, expect, it } from 'vitest';
import { activeGroups, householdFields, PREGNANCY_FLAG_MONTHS } from '../../../src/app/household/household-groups.js';

const now = new Date('2026-03-09T02:00:00Z');

describe('household groups', () => {
  it('counts a pregnancy only until its time runs out; elderly holds', () => {
    const contact = { groups: ['pregnant' as const, 'elderly' as const], pregnantUntil: new Date('2026-03-09T02:00:01Z') };
    expect(activeGroups(contact, now)).toEqual(['pregnant', 'elderly']);
    expect(activeGroups(contact, new Date('2026-03-09T02:00:01Z'))).toEqual(['elderly']);
    expect(activeGroups({ groups: ['pregnant'], pregnantUntil: null }, now)).toEqual([]);
    expect(activeGroups({}, now)).toEqual([]);
  });

  it(`gives a new pregnancy ${PREGNANCY_FLAG_MONTHS} months, keeps the first date when said again, clears it on "no"`, () => {
    const first = householdFields({ pregnant: true, elderly: false }, { groups: [], pregnantUntil: null }, now);
    expect(first).toEqual({ groups: ['pregnant'], pregnantUntil: new Date('2027-01-09T02:00:00Z') });
    const later = new Date('2026-06-01T00:00:00Z');
    expect(householdFields({ pregnant: true, elderly: true }, first, later)).toEqual({ groups: ['pregnant', 'elderly'], pregnantUntil: first.pregnantUntil });
    expect(householdFields({ pregnant: false, elderly: true }, first, later)).toEqual({ groups: ['elderly'], pregnantUntil: null });
    // A lapsed pregnancy said again is a new one.
    const afterLapse = new Date('2027-02-01T00:00:00Z');
    expect(householdFields({ pregnant: true, elderly: false }, first, afterLapse).pregnantUntil).toEqual(new Date('2027-12-01T00:00:00Z'));
  });
});
