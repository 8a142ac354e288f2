import { z } from 'zod';
import { defineAction, type DeclaredAction } from '../../engine/index.js';
import { activeGroups, householdFields, PREGNANCY_FLAG_MONTHS } from '../household/household-groups.js';
import { contactUpdate } from '../contacts/contact-effects.js';
import type { ContactGroup } from '../contacts/contact-records.js';
import type { ContactReads } from '../contacts/contact-ports.js';

/** The words for what a household has: one text per combination, so no language joins lists in code. */
export function describeHousehold(groups: readonly ContactGroup[]): { __t: string } {
  const combination = groups.includes('pregnant') ? (groups.includes('elderly') ? 'both' : 'pregnant') : groups.includes('elderly') ? 'elderly' : 'none';
  return { __t: `household.current.${combination}` };
}

/**
 * A family says whether someone at home is pregnant or 60 or older (ILP: the posyandu serves them
 * too), so the kader's broadcasts for pregnant women or the elderly reach them. Only yes or no is kept,
 * by a `contact.update` effect.
 *
 * @example
 * await householdActions(deps)[1].run({ contact, args: { pregnant: true, elderly: false }, now, … }); // { result: 'pregnant', … }
 */
export function householdActions(deps: { contacts: ContactReads }): DeclaredAction[] {
  return [
    defineAction({
      name: 'household.current',
      args: z.object({}),
      results: ['ok'],
      run: async ({ contact, now }) => {
        const record = await deps.contacts.get(contact.id);
        return { result: 'ok', data: { current: describeHousehold(record ? activeGroups(record, now) : []) } };
      },
    }),
    defineAction({
      name: 'household.save',
      args: z.object({ pregnant: z.boolean(), elderly: z.boolean() }),
      results: ['pregnant', 'ok'],
      run: async ({ contact, args, now, ref }) => {
        const record = await deps.contacts.get(contact.id);
        const fields = householdFields({ pregnant: args.pregnant, elderly: args.elderly }, { groups: record?.groups ?? [], pregnantUntil: record?.pregnantUntil ?? null }, now);
        return { result: args.pregnant ? 'pregnant' : 'ok', data: { current: describeHousehold(fields.groups), months: PREGNANCY_FLAG_MONTHS }, effects: [contactUpdate(ref, fields)] };
      },
    }),
  ];
}
